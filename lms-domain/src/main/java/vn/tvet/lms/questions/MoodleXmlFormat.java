package vn.tvet.lms.questions;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import vn.tvet.lms.questions.QuestionFileProblem.Kind;

/**
 * Moodle XML question files, read and written: {@code <quiz>} with {@code <question type="…">} elements of the
 * types multichoice (single or not), truefalse, shortanswer, numerical, matching and essay, and category elements
 * that file the questions after them. Other types (cloze, calculated, drag and drop) are named as unsupported;
 * descriptions are not questions and are skipped. Document types and entities are refused, so a file cannot read
 * the server's files or expand without bound.
 */
public final class MoodleXmlFormat {

    private MoodleXmlFormat() {
    }

    /** The questions of the file, and every problem with the question element it is in. */
    public static QuestionFile parse(byte[] xml) {
        Document document;
        try {
            document = builder().parse(new ByteArrayInputStream(xml));
        } catch (SAXException | IOException e) {
            return new QuestionFile(List.of(), List.of(QuestionFileProblem.atQuestion(0, null, Kind.MALFORMED,
                    e.getMessage() == null ? null : e.getMessage().length() > 120 ? e.getMessage().substring(0, 119) : e.getMessage())));
        }
        List<Question> questions = new ArrayList<>();
        List<QuestionFileProblem> problems = new ArrayList<>();
        String category = Question.NO_CATEGORY;
        NodeList elements = document.getDocumentElement().getElementsByTagName("question");
        int number = 0;
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            String type = element.getAttribute("type");
            if (type.equals("category")) {
                category = GiftFormat.categoryName(text(child(element, "category")));
                continue;
            }
            number++;
            String name = text(child(element, "name"));
            if (type.equals("description")) {
                continue;
            }
            if (questions.size() >= QuestionFile.MAX_QUESTIONS) {
                problems.add(QuestionFileProblem.atQuestion(number, name, Kind.TOO_MANY, String.valueOf(QuestionFile.MAX_QUESTIONS)));
                break;
            }
            try {
                questions.add(question(element, type, category, name).checked());
            } catch (UnsupportedType unsupported) {
                problems.add(QuestionFileProblem.atQuestion(number, name, Kind.UNSUPPORTED_TYPE, type));
            } catch (NumberFormatException badNumber) {
                problems.add(QuestionFileProblem.atQuestion(number, name, Kind.BAD_ANSWER, badNumber.getMessage()));
            } catch (QuestionRuleException broken) {
                problems.add(QuestionFileProblem.atQuestion(number, name, Kind.RULE, broken.reason().name()));
            }
        }
        if (questions.isEmpty() && problems.isEmpty()) {
            problems.add(QuestionFileProblem.atQuestion(0, null, Kind.NO_QUESTIONS, null));
        }
        return new QuestionFile(questions, problems);
    }

    private static Question question(Element element, String type, String category, String name) {
        String prompt = formatted(child(element, "questiontext"));
        String feedback = child(element, "generalfeedback") == null ? null : formatted(child(element, "generalfeedback"));
        double points = child(element, "defaultgrade") == null ? 1 : Double.parseDouble(text(element, "defaultgrade"));
        String key = UUID.randomUUID().toString();
        List<Answer> answers = new ArrayList<>();
        for (Element answer : children(element, "answer")) {
            String tolerance = text(answer, "tolerance");
            answers.add(new Answer(plain(text(answer, "text")), null, fraction(answer),
                    tolerance.isEmpty() ? 0 : Double.parseDouble(tolerance), feedbackOf(answer)));
        }
        return switch (type) {
            case "multichoice" -> new Question(key, "false".equalsIgnoreCase(text(element, "single"))
                    ? QuestionType.MULTIPLE_CHOICE : QuestionType.SINGLE_CHOICE, category, name, prompt, feedback, answers,
                    false, false, points, null);
            case "truefalse" -> {
                Answer yes = answers.stream().filter(a -> a.text().equalsIgnoreCase("true")).findFirst().orElse(null);
                Answer no = answers.stream().filter(a -> a.text().equalsIgnoreCase("false")).findFirst().orElse(null);
                if (yes == null || no == null) {
                    throw new QuestionRuleException(QuestionRuleException.Reason.ANSWER_COUNT, "true/false answers");
                }
                yield new Question(key, QuestionType.TRUE_FALSE, category, name, prompt, feedback,
                        List.of(Answer.choice(Question.TRUE, yes.fraction(), yes.feedback()),
                                Answer.choice(Question.FALSE, no.fraction(), no.feedback())), false, false, points, null);
            }
            case "shortanswer" -> new Question(key, QuestionType.SHORT_ANSWER, category, name, prompt, feedback, answers,
                    "1".equals(text(element, "usecase")), false, points, null);
            case "numerical" -> new Question(key, QuestionType.NUMERIC, category, name, prompt, feedback, answers, false, false,
                    points, null);
            case "matching" -> {
                List<Answer> pairs = new ArrayList<>();
                for (Element sub : children(element, "subquestion")) {
                    String left = plain(text(sub, "text"));
                    Element answer = child(sub, "answer");
                    String right = answer == null ? "" : plain(text(answer, "text"));
                    // Moodle keeps extra wrong right-hand items as subquestions without text; they are not pairs here.
                    if (!left.isEmpty()) {
                        pairs.add(Answer.pair(left, right));
                    }
                }
                yield new Question(key, QuestionType.MATCHING, category, name, prompt, feedback, pairs, false, false, points,
                        null);
            }
            case "essay" -> new Question(key, QuestionType.ESSAY, category, name, prompt, feedback, List.of(), false, false,
                    points, null);
            default -> throw new UnsupportedType();
        };
    }

    private static double fraction(Element answer) {
        String fraction = answer.getAttribute("fraction");
        return fraction.isEmpty() ? 0 : Double.parseDouble(fraction) / 100;
    }

    private static String feedbackOf(Element answer) {
        Element feedback = child(answer, "feedback");
        String text = feedback == null ? "" : plain(text(feedback, "text"));
        return text.isEmpty() ? null : text;
    }

    /** The text of an element with a format attribute, as HTML. */
    private static String formatted(Element element) {
        if (element == null) {
            return "";
        }
        String text = text(element, "text");
        String format = element.getAttribute("format");
        return format.isEmpty() || format.equals("html") ? text : GiftFormat.plainToHtml(text);
    }

    /** Choices and answers are plain text here: Moodle's HTML around them ("<p>A</p>") is dropped. */
    private static String plain(String html) {
        return html.replaceAll("<[^>]*>", " ").replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&amp;", "&").replaceAll("\\s+", " ").strip();
    }

    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        return text(child(parent, name));
    }

    private static String text(Element element) {
        if (element == null) {
            return "";
        }
        Element inner = child(element, "text");
        return (inner == null ? element.getTextContent() : inner.getTextContent()).strip();
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser without secure processing", e);
        }
    }

    // --- writing --------------------------------------------------------------------------------------

    /** The questions as a Moodle XML file, by category, that Moodle and {@link #parse} read back. */
    public static String write(List<Question> questions) {
        Document document = builder().newDocument();
        Element quiz = document.createElement("quiz");
        document.appendChild(quiz);
        String category = null;
        for (Question question : questions) {
            if (!question.category().equals(category)) {
                category = question.category();
                Element element = element(quiz, "question");
                element.setAttribute("type", "category");
                textOf(element(element, "category"), "$course$/top" + (category.isEmpty() ? "" : "/" + category), false);
            }
            Element element = element(quiz, "question");
            element.setAttribute("type", typeName(question.type()));
            textOf(element(element, "name"), question.label(), false);
            html(element(element, "questiontext"), question.prompt());
            html(element(element, "generalfeedback"), question.feedback() == null ? "" : question.feedback());
            element(element, "defaultgrade").setTextContent(String.valueOf(question.points()));
            switch (question.type()) {
                case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                    element(element, "single").setTextContent(String.valueOf(question.type() == QuestionType.SINGLE_CHOICE));
                    element(element, "shuffleanswers").setTextContent("true");
                    question.answers().forEach(a -> answer(element, a));
                }
                case TRUE_FALSE, NUMERIC -> question.answers().forEach(a -> answer(element, a));
                case SHORT_ANSWER -> {
                    element(element, "usecase").setTextContent(question.caseSensitive() ? "1" : "0");
                    question.answers().forEach(a -> answer(element, a));
                }
                case MATCHING -> question.answers().forEach(pair -> {
                    Element sub = element(element, "subquestion");
                    sub.setAttribute("format", "plain_text");
                    textOf(sub, pair.text(), false);
                    textOf(element(sub, "answer"), pair.match(), false);
                });
                case ESSAY -> element(element, "responseformat").setTextContent("editor");
                default -> throw new IllegalStateException(question.type().name());
            }
        }
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("writing Moodle XML", e);
        }
    }

    private static void answer(Element question, Answer answer) {
        Element element = element(question, "answer");
        element.setAttribute("fraction", percent(answer.fraction()));
        element.setAttribute("format", "plain_text");
        textOf(element, answer.text(), false);
        if (question.getAttribute("type").equals("numerical")) {
            element(element, "tolerance").setTextContent(String.valueOf(answer.tolerance()));
        }
        if (answer.feedback() != null) {
            Element feedback = element(element, "feedback");
            feedback.setAttribute("format", "plain_text");
            textOf(feedback, answer.feedback(), false);
        }
    }

    /** Moodle writes fractions as percentages with up to five decimals. */
    private static String percent(double fraction) {
        double percent = Math.round(fraction * 10_000_000) / 100_000.0;
        return percent == Math.rint(percent) ? String.valueOf((long) percent) : String.valueOf(percent);
    }

    private static String typeName(QuestionType type) {
        return switch (type) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> "multichoice";
            case TRUE_FALSE -> "truefalse";
            case SHORT_ANSWER -> "shortanswer";
            case MATCHING -> "matching";
            case NUMERIC -> "numerical";
            case ESSAY -> "essay";
        };
    }

    private static void html(Element element, String html) {
        element.setAttribute("format", "html");
        textOf(element, html, true);
    }

    private static void textOf(Element parent, String value, boolean cdata) {
        Element text = element(parent, "text");
        text.appendChild(cdata ? parent.getOwnerDocument().createCDATASection(value.replace("]]>", "]]&gt;"))
                : parent.getOwnerDocument().createTextNode(value));
    }

    private static Element element(Element parent, String name) {
        Element element = parent.getOwnerDocument().createElement(name);
        parent.appendChild(element);
        return element;
    }

    /** A question type this product does not ask. */
    private static final class UnsupportedType extends RuntimeException {

        UnsupportedType() {
            super(null, null, false, false);
        }
    }
}
