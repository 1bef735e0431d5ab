package org.innkeeper.web.setup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.innkeeper.application.SetupService;
import org.innkeeper.application.dto.ArticleForm;
import org.innkeeper.application.dto.ArticleView;
import org.innkeeper.domain.shared.DomainException;
import org.innkeeper.web.faces.FacesMessages;

/** The service catalogue: what the hotel sells, its department, VAT and list price. */
@Named
@ViewScoped
public class ArticlesBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<String> DEPARTMENTS = List.of("ROOM", "FNB", "MINIBAR", "SPA", "PARKING", "LAUNDRY",
            "TELEPHONE", "OTHER");

    @EJB
    private SetupService setup;
    @Inject
    private FacesMessages messages;

    private List<ArticleView> articles;
    private String code;
    private String name;
    private String department = "OTHER";
    @DecimalMin("0")
    @DecimalMax("50")
    @Digits(integer = 2, fraction = 2)
    private BigDecimal vatPercent;
    @DecimalMin("0")
    @Digits(integer = 6, fraction = 2)
    private BigDecimal price;
    private boolean active = true;

    @PostConstruct
    void init() {
        articles = setup.articles();
    }

    /** Fills the form with an article to change. */
    public void edit(ArticleView a) {
        code = a.code();
        name = a.name();
        department = a.department();
        vatPercent = a.vatPercent();
        price = a.price();
        active = a.active();
    }

    public void save() {
        try {
            ArticleView saved = setup.saveArticle(new ArticleForm(code, name, department, vatPercent, price, active));
            messages.info("articles.saved", saved.code());
            articles = setup.articles();
            code = null;
            name = null;
            vatPercent = null;
            price = null;
            active = true;
        } catch (DomainException refusal) {
            messages.error(refusal);
        }
    }

    public List<ArticleView> getArticles() {
        return articles;
    }

    public List<String> getDepartments() {
        return DEPARTMENTS;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public BigDecimal getVatPercent() {
        return vatPercent;
    }

    public void setVatPercent(BigDecimal vatPercent) {
        this.vatPercent = vatPercent;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
