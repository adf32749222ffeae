package vn.tvet.lms.questions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.tvet.lms.text.TextFolding;

/** The bank questions as stored; every lookup is scoped to a module. */
@ApplicationScoped
public class BankQuestions {

    private static final String FILTER = " where b.moduleId = :module and (:category is null or b.category = :category)"
            + " and (:type is null or b.type = :type) and (:q is null or " + TextFolding.foldedJpql("b.label") + " like :q)";

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    void add(BankQuestion question) {
        em.persist(question);
    }

    void remove(BankQuestion question) {
        em.remove(question);
    }

    Optional<BankQuestion> find(long moduleId, String key) {
        return em.createQuery("select b from BankQuestion b where b.moduleId = :module and b.key = :key", BankQuestion.class)
                .setParameter("module", moduleId).setParameter("key", key).getResultStream().findFirst();
    }

    /** The module's questions by category, then in the order they entered the bank. */
    public List<Question> of(long moduleId) {
        return em.createQuery("select b.body from BankQuestion b where b.moduleId = :module order by b.category, b.id",
                        String.class).setParameter("module", moduleId).getResultStream().map(QuestionJson::read).toList();
    }

    List<BankQuestion> page(long moduleId, String category, String type, String typed, int offset, int limit) {
        return em.createQuery("select b from BankQuestion b" + FILTER + " order by b.category, b.id", BankQuestion.class)
                .setParameter("module", moduleId).setParameter("category", category).setParameter("type", type)
                .setParameter("q", TextFolding.containsPattern(typed)).setFirstResult(offset).setMaxResults(limit)
                .getResultList();
    }

    long count(long moduleId, String category, String type, String typed) {
        return em.createQuery("select count(b) from BankQuestion b" + FILTER, Long.class)
                .setParameter("module", moduleId).setParameter("category", category).setParameter("type", type)
                .setParameter("q", TextFolding.containsPattern(typed)).getSingleResult();
    }

    /** Each category of the module's bank with how many questions it holds, by name. */
    List<Object[]> categories(long moduleId) {
        return em.createQuery("select b.category, count(b) from BankQuestion b where b.moduleId = :module"
                + " group by b.category order by b.category", Object[].class).setParameter("module", moduleId).getResultList();
    }
}
