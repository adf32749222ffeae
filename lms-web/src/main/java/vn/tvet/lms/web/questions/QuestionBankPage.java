package vn.tvet.lms.web.questions;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;
import vn.tvet.lms.courseware.CourseModule;
import vn.tvet.lms.courseware.ModuleAuthoring;
import vn.tvet.lms.courseware.ModuleNotFoundException;
import vn.tvet.lms.questions.GiftWriter;
import vn.tvet.lms.questions.MoodleXmlFormat;
import vn.tvet.lms.questions.Question;
import vn.tvet.lms.questions.QuestionBank;
import vn.tvet.lms.questions.QuestionFile;
import vn.tvet.lms.questions.QuestionFileProblem;
import vn.tvet.lms.questions.QuestionType;
import vn.tvet.lms.web.account.CurrentUser;
import vn.tvet.lms.web.platform.PageActions;
import vn.tvet.lms.web.platform.Texts;

/**
 * A module's question bank: import from GIFT, Moodle XML or Aiken (file or pasted text) with a preview that names
 * every faulty line or question before anything is stored; the list by category, type and text; export to GIFT and
 * Moodle XML ({@link QuizDrawPage} is the section on which bank questions each quiz asks).
 */
@Named
@ViewScoped
public class QuestionBankPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Largest question file read. */
    static final long MAX_BYTES = 5L * 1024 * 1024;
    static final String NO_CATEGORY = "-";

    @Inject
    CurrentUser currentUser;

    @Inject
    ModuleAuthoring modules;

    @Inject
    QuestionBank bank;

    @Inject
    PageActions pageActions;

    @Inject
    Texts texts;

    private String id;
    private long schoolId;
    private long moduleId;
    private String moduleLabel;
    private String pasted;
    private String fileName;
    private List<Question> preview = List.of();
    private List<QuestionFileProblem> problems = List.of();
    private String category;
    private QuestionType type;
    private String typed;
    private final Lazy questions = new Lazy();

    public void load() {
        schoolId = currentUser.requireTeachingSchool();
        try {
            moduleId = Long.parseLong(String.valueOf(id).strip());
        } catch (NumberFormatException e) {
            throw new ModuleNotFoundException(-1);
        }
        CourseModule module = modules.get(schoolId, moduleId);
        if (!module.mayEdit(currentUser.viewer())) {
            throw new ModuleNotFoundException(moduleId);
        }
        moduleLabel = module.getCode() + " – " + module.getTitle();
    }

    // --- import ------------------------------------------------------------------------------------

    public void upload(FileUploadEvent event) {
        byte[] content = event.getFile().getContent();
        if (content.length > MAX_BYTES) {
            texts.error("import.file.tooLarge");
            return;
        }
        fileName = event.getFile().getFileName();
        show(QuestionBank.read(fileName, content));
    }

    public void readPasted() {
        if (pasted == null || pasted.isBlank()) {
            texts.error("questions.pasteFirst");
            return;
        }
        fileName = null;
        show(QuestionBank.read("pasted.txt", pasted.getBytes(StandardCharsets.UTF_8)));
    }

    private void show(QuestionFile file) {
        preview = file.questions();
        problems = file.problems();
    }

    public void importPreview() {
        if (preview.isEmpty()) {
            texts.error("questions.nothingToImport");
            return;
        }
        List<Question> toAdd = preview;
        pageActions.call(() -> bank.add(currentUser.viewer(), schoolId, moduleId, toAdd)).ifPresent(added -> {
            texts.info("questions.imported", added, problems.size());
            preview = List.of();
            pasted = null;
        });
    }

    public void cancelPreview() {
        preview = List.of();
        problems = List.of();
    }

    /** A problem worded in the reader's language with where it is. */
    public String describe(QuestionFileProblem problem) {
        String what = problem.kind() == QuestionFileProblem.Kind.RULE ? texts.get("questions.refused." + problem.detail())
                : texts.get("questions.problem." + problem.kind(), problem.detail() == null ? "" : problem.detail());
        if (problem.position() == 0) {
            return what;
        }
        return problem.unit() == QuestionFileProblem.Unit.LINE ? texts.get("questions.atLine", problem.position(), what)
                : texts.get("questions.atQuestion", problem.position(), problem.name() == null ? "" : problem.name(), what);
    }

    // --- the bank ----------------------------------------------------------------------------------

    public void filter() {
        // the lazy model reads the filter fields on its next load
    }

    public void remove(String key) {
        if (pageActions.run(() -> bank.remove(currentUser.viewer(), schoolId, moduleId, key))) {
            texts.info("questions.removed");
        }
    }

    public List<QuestionBank.Category> getCategories() {
        return bank.categories(currentUser.viewer(), schoolId, moduleId);
    }

    public StreamedContent getGift() {
        return download(GiftWriter.write(bank.all(currentUser.viewer(), schoolId, moduleId)), ".gift.txt", "text/plain; charset=UTF-8");
    }

    public StreamedContent getMoodleXml() {
        return download(MoodleXmlFormat.write(bank.all(currentUser.viewer(), schoolId, moduleId)), ".xml",
                "application/xml; charset=UTF-8");
    }

    private StreamedContent download(String text, String extension, String type) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String name = ("questions-" + moduleLabel.split(" ")[0]).replaceAll("[^A-Za-z0-9.-]", "_") + extension;
        return DefaultStreamedContent.builder().name(name).contentType(type).contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public String categoryName(String name) {
        return name == null || name.isEmpty() ? texts.get("questions.noCategory") : name;
    }

    /** A share of the mark as a whole percentage. */
    public long percent(double fraction) {
        return Math.round(fraction * 100);
    }

    public QuestionType[] getTypes() {
        return QuestionType.values();
    }

    /** The bank page by page from the database, with the page's filters. */
    public final class Lazy extends LazyDataModel<Question> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) bank.page(currentUser.viewer(), schoolId, moduleId, category(category), type, typed, 0, 1).total();
        }

        @Override
        public List<Question> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            QuestionBank.BankPage page = bank.page(currentUser.viewer(), schoolId, moduleId, category(category), type, typed, first,
                    pageSize);
            setRowCount((int) page.total());
            return page.questions();
        }

        @Override
        public String getRowKey(Question question) {
            return question.key();
        }

        @Override
        public Question getRowData(String rowKey) {
            return bank.get(currentUser.viewer(), schoolId, moduleId, rowKey);
        }
    }

    public Lazy getQuestions() {
        return questions;
    }

    public String getModuleLabel() {
        return moduleLabel;
    }

    long schoolId() {
        return schoolId;
    }

    public long getModuleId() {
        return moduleId;
    }

    public List<Question> getPreview() {
        return preview;
    }

    public List<QuestionFileProblem> getProblems() {
        return problems;
    }

    public String getFileName() {
        return fileName;
    }

    public long getMaxBytes() {
        return MAX_BYTES;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getPasted() {
        return pasted;
    }

    public void setPasted(String pasted) {
        this.pasted = pasted;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    /** The category the page filters or draws by: "-" stands for questions without one, nothing for every category. */
    static String category(String chosen) {
        return chosen == null || chosen.isBlank() ? null : NO_CATEGORY.equals(chosen) ? Question.NO_CATEGORY : chosen;
    }

    /** A category as a select's value ("-" for none). */
    public String categoryValue(String name) {
        return name == null || name.isEmpty() ? NO_CATEGORY : name;
    }

    public QuestionType getType() {
        return type;
    }

    public void setType(QuestionType type) {
        this.type = type;
    }

    public String getTyped() {
        return typed;
    }

    public void setTyped(String typed) {
        this.typed = typed;
    }

}
