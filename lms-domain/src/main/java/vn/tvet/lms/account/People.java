package vn.tvet.lms.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tvet.lms.text.TextFolding;

/** Repository of people and the roles they hold. */
@ApplicationScoped
public class People {

    /**
     * Sort keys a member list may ask for, mapped to JPQL paths so no user text reaches a query. Names sort
     * the Vietnamese way: by given name (tên), then by the whole name.
     */
    private static final Map<String, List<String>> SORTABLE = Map.of(
            "username", List.of("p.username"),
            "fullName", List.of("p.givenName", "p.fullName"),
            "email", List.of("p.email"),
            "enabled", List.of("p.enabled"));

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    public Optional<Person> find(long id) {
        return Optional.ofNullable(em.find(Person.class, id));
    }

    /** The person, who must exist: used for the signed-in person acting, whose id came from their session. */
    public Person get(long id) {
        return find(id).orElseThrow(() -> new IllegalStateException("No person " + id));
    }

    public Optional<Person> findByUsername(String username) {
        return em.createQuery("select p from Person p where p.username = :u", Person.class)
                .setParameter("u", username)
                .getResultStream().findFirst();
    }

    /** The one person with this e-mail address (case aside); empty when none has it or several share it. */
    public Optional<Person> findByEmail(String email) {
        List<Person> found = em.createQuery("select p from Person p where lower(p.email) = :e", Person.class)
                .setParameter("e", email.toLowerCase(java.util.Locale.ROOT)).setMaxResults(2).getResultList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    public boolean usernameTaken(String username) {
        return findByUsername(username).isPresent();
    }

    public void add(Person person) {
        em.persist(person);
    }

    public void add(RoleAssignment assignment) {
        em.persist(assignment);
    }

    /** Every role the person holds, with the institutions fetched, for building the session. */
    public List<RoleAssignment> rolesOf(long personId) {
        return em.createQuery("select r from RoleAssignment r left join fetch r.institution "
                        + "where r.person.id = :p order by r.id", RoleAssignment.class)
                .setParameter("p", personId)
                .getResultList();
    }

    /** The roles a person holds in one institution; empty when they are not a member of it. */
    public List<Role> rolesIn(long institutionId, long personId) {
        return em.createQuery("select r.role from RoleAssignment r "
                        + "where r.person.id = :p and r.institution.id = :i order by r.role", Role.class)
                .setParameter("p", personId)
                .setParameter("i", institutionId)
                .getResultList();
    }

    /**
     * Whether the person writes material for the school: a teacher or the school's admin there. Students,
     * and network roles alone, may read the library but not add to it.
     */
    public boolean authorsIn(long institutionId, long personId) {
        return rolesIn(institutionId, personId).stream()
                .anyMatch(role -> role == Role.TEACHER || role == Role.SCHOOL_ADMIN);
    }

    /** One page of the people holding any role (or the given role) in an institution. */
    public List<Person> members(long institutionId, Role role, String nameFilter, int first, int size,
            String sortKey, boolean ascending) {
        String direction = ascending ? " asc" : " desc";
        String order = String.join(", ", SORTABLE.getOrDefault(sortKey, SORTABLE.get("fullName")).stream()
                .map(path -> path + direction).toList());
        return em.createQuery("select p from Person p where " + memberCondition(role, nameFilter)
                        + " order by " + order + ", p.id", Person.class)
                .setParameter("i", institutionId)
                .setParameter("role", role)
                .setParameter("q", likePattern(nameFilter))
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    public long countMembers(long institutionId, Role role, String nameFilter) {
        return em.createQuery("select count(p) from Person p where " + memberCondition(role, nameFilter), Long.class)
                .setParameter("i", institutionId)
                .setParameter("role", role)
                .setParameter("q", likePattern(nameFilter))
                .getSingleResult();
    }

    /** One page of every account, by name, whose name or username contains the filter (any school or none). */
    public List<Person> everyone(String nameFilter, int first, int size) {
        return em.createQuery("select p from Person p where :q is null or " + FOLDED_NAME + " like :q or p.username like :q"
                        + " order by p.givenName, p.fullName, p.id", Person.class)
                .setParameter("q", likePattern(nameFilter))
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    public long countEveryone(String nameFilter) {
        return em.createQuery("select count(p) from Person p where :q is null or " + FOLDED_NAME + " like :q"
                        + " or p.username like :q", Long.class)
                .setParameter("q", likePattern(nameFilter))
                .getSingleResult();
    }

    public long countAll() {
        return em.createQuery("select count(p) from Person p", Long.class).getSingleResult();
    }

    /** Headcounts per school for every institution, including schools with nobody yet. */
    public List<SchoolHeadcount> headcounts() {
        return em.createQuery("select new vn.tvet.lms.account.SchoolHeadcount(i.id, i.code, i.name, i.province,"
                        + " sum(case when r.role = vn.tvet.lms.account.Role.STUDENT then 1 else 0 end),"
                        + " sum(case when r.role = vn.tvet.lms.account.Role.TEACHER then 1 else 0 end),"
                        + " sum(case when r.role = vn.tvet.lms.account.Role.SCHOOL_ADMIN then 1 else 0 end))"
                        + " from Institution i left join RoleAssignment r on r.institution = i"
                        + " group by i.id, i.code, i.name, i.province order by i.name", SchoolHeadcount.class)
                .getResultList();
    }

    private static String memberCondition(Role role, String nameFilter) {
        return "exists (select 1 from RoleAssignment r where r.person = p and r.institution.id = :i"
                + " and (:role is null or r.role = :role))"
                + " and (:q is null or " + FOLDED_NAME + " like :q or p.username like :q)";
    }

    /** Names compare folded, so "tuan" finds "Phạm Minh Tuấn". */
    private static final String FOLDED_NAME = TextFolding.foldedJpql("p.fullName");

    private static String likePattern(String filter) {
        if (filter == null || filter.isBlank()) {
            return null;
        }
        return TextFolding.containsPattern(filter);
    }
}
