package vn.tvet.lms.launcher.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import vn.tvet.lms.launcher.RunningApplication;
import vn.tvet.lms.launcher.RunningApplication.App;

/** A teacher draws up a programme: outcomes, modules and subjects in order, totals against the minimum. */
@ExtendWith(RunningApplication.class)
class ProgrammesIT {

    @Test
    void aTeacherBuildsAProgrammeThatOtherSchoolsCannotOpen(App app) {
        String url;
        try (Browser teacher = new Browser()) {
            Pages.login(teacher, app).signInAs("hpcd.gv1", Pages.DEMO_PASSWORD);
            teacher.click(By.id("nav:navProgrammes"));
            teacher.awaitUrlContains("/programmes/index.xhtml");
            teacher.type(By.id("create:code"), "DCN-CD-2026");
            teacher.type(By.id("create:name"), "Điện công nghiệp, trình độ cao đẳng (khóa 2026)");
            teacher.choose("create:occupation", "6520227 – Điện công nghiệp (Cao đẳng)");
            teacher.type(By.id("create:minimum_input"), "10");
            teacher.clickAndAwaitReload(By.id("create:save"));
            teacher.awaitUrlContains("/programmes/programme.xhtml");
            url = teacher.driver().getCurrentUrl();

            teacher.type(By.id("outcomes:outcomeCode"), "CĐR1");
            teacher.type(By.id("outcomes:outcomeStatement"), "Lắp đặt được hệ thống điện phân xưởng đúng tiêu chuẩn");
            teacher.click(By.id("outcomes:addOutcome"));
            teacher.awaitText(By.id("outcomes:list"), "Lắp đặt được hệ thống điện phân xưởng");

            teacher.type(By.id("outcomes:outcomeCode"), "CĐR2");
            teacher.type(By.id("outcomes:outcomeStatement"), "Làm việc nhóm trong tổ sản xuất");
            teacher.click(By.id("outcomes:addOutcome"));
            teacher.awaitText(By.id("outcomes:list"), "Làm việc nhóm");

            addCourse(teacher, "MH01", "An toàn lao động", "2", "30", "0");
            addCourse(teacher, "MĐ01", "Lắp đặt tủ điện", "4", "30", "90");
            addCourse(teacher, "MĐ02", "Truyền động điện", "3", "30", "60");
            teacher.click(By.id("courses:list:1:covers:0"));
            teacher.awaitText(By.id("coverageTable"), "MĐ01 Lắp đặt tủ điện");
            String coverage = teacher.text(By.id("coverageTable"));
            assertTrue(coverage.contains("Làm việc nhóm trong tổ sản xuất Chưa có mô đun, môn học nào đáp ứng"), coverage);
            teacher.awaitText(By.id("totals"), "Tổng: 9 tín chỉ (tối thiểu 10)");
            assertTrue(teacher.text(By.id("totals")).contains("Chưa đạt khối lượng học tập tối thiểu"), teacher.text(By.id("totals")));

            teacher.click(By.id("courses:list:2:up"));
            teacher.await(d -> d.findElement(By.id("courses:list")).getText().indexOf("MĐ02")
                    < d.findElement(By.id("courses:list")).getText().indexOf("MĐ01"));
            teacher.click(By.id("courses:list:0:remove"));
            teacher.click(By.id("courses:confirmYes"));
            teacher.awaitText(By.id("totals"), "Tổng: 7 tín chỉ");

            submitCourse(teacher, "MĐ01", "Trùng mã", "1", "10", "0");
            teacher.awaitText(By.id("messages"), "Chương trình đã có mô đun/môn học với mã này");

            teacher.type(By.id("describe:title"), "Điện công nghiệp, cao đẳng (khóa 2026, sửa đổi)");
            teacher.type(By.id("describe:minimum"), "7");
            teacher.clickAndAwaitReload(By.id("describe:save"));
            teacher.awaitText(By.tagName("h1"), "(khóa 2026, sửa đổi)");
            assertTrue(teacher.text(By.id("totals")).contains("Tổng: 7 tín chỉ (tối thiểu 7)"), teacher.text(By.id("totals")));
            assertFalse(teacher.text(By.id("totals")).contains("Chưa đạt"), teacher.text(By.id("totals")));
        }
        try (Browser otherSchool = new Browser()) {
            Pages.login(otherSchool, app).signInAs("qncd.quantri", Pages.DEMO_PASSWORD);
            otherSchool.open(url);
            otherSchool.awaitText(By.id("errorText"), "Không tìm thấy");
        }
    }

    @Test
    void modulesMapToFrameworkCompetenciesAndTheProgrammeShowsWhichUnitsAreCovered(App app) {
        Pages.importFramework(app, "TC-LAPDAT", "Tiêu chuẩn lắp đặt điện (mẫu)", """
                loại,mã,mã cha,nội dung,bậc
                đơn vị,LD1,,Lắp đặt hệ thống chiếu sáng,2
                thành phần,LD1.1,LD1,Đi dây chiếu sáng,
                đơn vị,LD2,,Lắp đặt động cơ điện,3
                đơn vị,LD3,,Bảo dưỡng máy biến áp,3
                """);
        try (Browser teacher = new Browser()) {
            Pages.login(teacher, app).signInAs("hptc.gv2", Pages.DEMO_PASSWORD);
            teacher.open(app.url("/programmes/index.xhtml"));
            teacher.type(By.id("create:code"), "DCN-TC-2026");
            teacher.type(By.id("create:name"), "Điện công nghiệp, trình độ trung cấp");
            teacher.choose("create:occupation", "5520227 – Điện công nghiệp (Trung cấp)");
            teacher.type(By.id("create:minimum_input"), "5");
            teacher.clickAndAwaitReload(By.id("create:save"));
            teacher.awaitUrlContains("/programmes/programme.xhtml");
            addCourse(teacher, "MĐ11", "Lắp đặt điện chiếu sáng", "3", "15", "60");

            teacher.choose("mapping:framework", "TC-LAPDAT 1 – Tiêu chuẩn lắp đặt điện (mẫu)");
            teacher.choose("mapping:course", "MĐ11 Lắp đặt điện chiếu sáng");
            teacher.clickAndAwaitReload(By.id("mapping:show"));
            teacher.driver().findElements(By.cssSelector("#mapping\\:items label")).stream()
                    .filter(label -> label.getText().contains("LD1.1 – Đi dây chiếu sáng")).findFirst().orElseThrow().click();
            teacher.clickAndAwaitReload(By.id("mapping:save"));
            teacher.awaitText(By.id("messages"), "Đã lưu: MĐ11 gắn với 1 năng lực");
            teacher.awaitText(By.id("competencyTable"), "MĐ11 Lắp đặt điện chiếu sáng");
            String coverage = teacher.text(By.id("competencyCoverage"));
            assertTrue(coverage.contains("1/3 đơn vị năng lực (33%)"), coverage);
            assertTrue(coverage.contains("Lắp đặt động cơ điện Chưa có mô đun, môn học nào đáp ứng"), coverage);
        }
        try (Browser admin = new Browser()) {
            Pages.login(admin, app).signInAs("quantri.mang", Pages.DEMO_PASSWORD);
            admin.open(app.url("/admin/network/frameworks.xhtml"));
            admin.click(By.cssSelector("#byOccupation summary"));
            String byOccupation = admin.text(By.id("occupationTable"));
            assertTrue(byOccupation.matches("(?s).*5520227 Điện công nghiệp \\d+ [1-9]\\d*.*"), byOccupation);
            assertTrue(admin.text(By.id("byOccupation")).matches("(?s).*Theo ngành, nghề: \\d+/\\d+ ngành, nghề.*"),
                    admin.text(By.id("byOccupation")));
        }
    }

    @Test
    void aSchoolRecordsThatAModuleOfAnotherProgrammeCountsForOneOfItsOwn(App app) {
        try (Browser teacher = new Browser()) {
            Pages.login(teacher, app).signInAs("qncd.gv2", Pages.DEMO_PASSWORD);
            createProgramme(app, teacher, "LOG-TC-2026", "Logistics, trình độ trung cấp", "5340113 – Logistics (Trung cấp)");
            addCourse(teacher, "MĐ05", "Quản lý kho hàng", "3", "15", "60");
            String intermediate = teacher.driver().getCurrentUrl();
            createProgramme(app, teacher, "LOG-CD-2026", "Logistics, trình độ cao đẳng", "6340113 – Logistics (Cao đẳng)");
            addCourse(teacher, "MĐ09", "Nghiệp vụ kho hàng", "3", "15", "60");

            teacher.open(intermediate);
            chooseEquivalent(teacher);
            teacher.type(By.id("equivalences:equivalenceNote"), "Cùng chuẩn đầu ra về quản lý kho");
            teacher.click(By.id("equivalences:record"));
            teacher.awaitText(By.id("equivalences:list"), "MĐ09 Nghiệp vụ kho hàng (3 Tín chỉ)");
            assertTrue(teacher.text(By.id("equivalences:list")).contains("LOG-CD-2026 Logistics, trình độ cao đẳng"));

            chooseEquivalent(teacher);
            teacher.click(By.id("equivalences:record"));
            teacher.awaitText(By.id("messages"), "Tương đương này đã được ghi nhận");

            teacher.click(By.id("equivalences:list:0:remove"));
            teacher.click(By.id("courses:confirmYes"));
            teacher.awaitText(By.id("equivalences:list"), "Chưa ghi nhận tương đương nào");
        }
    }

    private static void chooseEquivalent(Browser teacher) {
        teacher.choose("equivalences:own", "MĐ05 Quản lý kho hàng");
        teacher.choose("equivalences:otherProgramme", "Trường Cao đẳng Công nghiệp Quảng Ninh · LOG-CD-2026 Logistics, trình độ cao đẳng");
        teacher.await(d -> d.findElement(By.id("equivalences:other")).getText().contains("MĐ09"));
        teacher.choose("equivalences:other", "MĐ09 Nghiệp vụ kho hàng (3 TC)");
    }

    private static void createProgramme(App app, Browser teacher, String code, String name, String occupation) {
        teacher.open(app.url("/programmes/index.xhtml"));
        teacher.type(By.id("create:code"), code);
        teacher.type(By.id("create:name"), name);
        teacher.choose("create:occupation", occupation);
        teacher.type(By.id("create:minimum_input"), "5");
        teacher.clickAndAwaitReload(By.id("create:save"));
        teacher.awaitUrlContains("/programmes/programme.xhtml");
    }

    private static void addCourse(Browser teacher, String code, String name, String credits, String theory, String practice) {
        submitCourse(teacher, code, name, credits, theory, practice);
        teacher.awaitText(By.id("courses:list"), name);
    }

    private static void submitCourse(Browser teacher, String code, String name, String credits, String theory, String practice) {
        teacher.type(By.id("courses:courseCode"), code);
        teacher.type(By.id("courses:courseName"), name);
        teacher.type(By.id("courses:credits"), credits);
        teacher.type(By.id("courses:theory"), theory);
        teacher.type(By.id("courses:practice"), practice);
        teacher.click(By.id("courses:addCourse"));
    }
}
