package vn.tvet.lms.web.demo;

import java.util.List;
import vn.tvet.lms.library.Licence;
import vn.tvet.lms.library.SharingScope;

/**
 * Demo learning material, written for this project: short lesson texts stored as plain-text files, so
 * the library, the previews and search have something real to show. Each item is published (through the
 * reviewer its scope needs) except where noted.
 */
final class DemoLibrary {

    /** One demo item: the author's username, where it is shared, its description, and the file's text. */
    record Item(String author, String title, String occupation, String level, SharingScope scope, Licence licence,
            String description, String keywords, String fileName, String text) {
    }

    static final List<Item> ITEMS = List.of(
            new Item("hpcd.gv1", "Xưởng thực hành ảo: lắp đặt tủ điện phân phối", "6520227", "COLLEGE", SharingScope.NETWORK,
                    Licence.CC_BY_SA, "Bài thực hành trên xưởng ảo trước khi vào xưởng thật.", "xưởng ảo, tủ điện, an toàn điện",
                    "xuong-thuc-hanh-ao-tu-dien.txt", """
                    Xưởng thực hành ảo cho nghề Điện công nghiệp.
                    Bài 1. Lắp đặt tủ điện phân phối: đọc sơ đồ nguyên lý, bố trí aptomat, contactor và rơ le nhiệt,
                    đi dây theo màu quy định, kiểm tra thông mạch trước khi đóng điện.
                    Yêu cầu an toàn: cắt nguồn, treo biển báo, dùng đồng hồ vạn năng kiểm tra không còn điện áp."""),
            new Item("hpcd.gv1", "An toàn điện khi làm việc trên cao", "6520227", "INTERMEDIATE", SharingScope.PUBLIC,
                    Licence.CC_BY, "Quy trình an toàn cho thợ điện làm việc trên cao.", "an toàn lao động, làm việc trên cao",
                    "an-toan-tren-cao.txt", """
                    Quy trình an toàn khi làm việc trên cao: kiểm tra dây đai an toàn, thang và giàn giáo trước ca làm việc;
                    cắt điện, thử điện và nối đất lưu động trước khi chạm vào đường dây; luôn có người giám sát ở dưới."""),
            new Item("hpcd.gv2", "Đường dây trung thế: kiểm tra và bảo dưỡng", "6520227", "COLLEGE", SharingScope.NETWORK,
                    Licence.CC_BY_NC, "Tài liệu bảo dưỡng đường dây trung thế cho sinh viên cao đẳng.", "đường dây, trung thế, bảo dưỡng",
                    "duong-day-trung-the.txt", """
                    Kiểm tra đường dây trung thế: sứ cách điện, khoảng cách pha, dây néo, cột và móng.
                    Bảo dưỡng định kỳ theo kế hoạch; ghi biên bản và báo cáo hư hỏng."""),
            new Item("hpcd.gv2", "Lập trình PLC điều khiển băng tải phân loại sản phẩm", "6520225", "COLLEGE", SharingScope.NETWORK,
                    Licence.CC_BY, "Bài tập PLC có lời giải.", "PLC, băng tải, cảm biến",
                    "plc-bang-tai.txt", """
                    Bài tập: dùng PLC điều khiển băng tải phân loại sản phẩm theo chiều cao.
                    Cảm biến quang phát hiện sản phẩm, xi lanh khí nén đẩy sản phẩm cao sang máng thứ hai.
                    Viết chương trình bằng ngôn ngữ LAD, mô phỏng trước khi nạp xuống bộ điều khiển."""),
            new Item("hptc.gv1", "Kỹ thuật hàn hồ quang tay cơ bản", "6520123", "INTERMEDIATE", SharingScope.NETWORK,
                    Licence.CC_BY_SA, "Giáo trình hàn hồ quang tay cho trình độ trung cấp.", "hàn hồ quang, que hàn",
                    "han-ho-quang-tay.txt", """
                    Hàn hồ quang tay: chọn que hàn theo chiều dày vật liệu, điều chỉnh dòng điện hàn,
                    giữ góc nghiêng que 70 đến 80 độ và tốc độ hàn đều. Khuyết tật thường gặp: rỗ khí, lẫn xỉ, cháy chân."""),
            new Item("hptc.gv2", "Bảo dưỡng định kỳ xe máy", "6510216", "ELEMENTARY", SharingScope.SCHOOL,
                    Licence.ALL_RIGHTS_RESERVED, "Tài liệu nội bộ cho lớp sơ cấp sửa chữa xe máy.", "xe máy, bảo dưỡng",
                    "bao-duong-xe-may.txt", """
                    Lịch bảo dưỡng xe máy: thay dầu máy, vệ sinh lọc gió, kiểm tra bugi, má phanh, xích và lốp.
                    Ghi sổ bảo dưỡng sau mỗi lần làm."""),
            new Item("qncd.gv1", "Quản lý kho hàng trong Logistics", "6340113", "COLLEGE", SharingScope.NETWORK,
                    Licence.CC_BY, "Nguyên tắc nhập, xuất, tồn kho và mã vạch.", "kho hàng, logistics, chuỗi cung ứng",
                    "quan-ly-kho-hang.txt", """
                    Quản lý kho hàng: nhập kho theo chứng từ, xếp hàng theo nguyên tắc FIFO, kiểm kê định kỳ,
                    dùng mã vạch và phần mềm quản lý kho để theo dõi tồn kho trong chuỗi cung ứng."""),
            new Item("qncd.gv1", "Nghiệp vụ lễ tân khách sạn", "6810201", "COLLEGE", SharingScope.PUBLIC,
                    Licence.CC_BY, "Quy trình đón tiếp và làm thủ tục cho khách.", "lễ tân, khách sạn",
                    "le-tan-khach-san.txt", """
                    Quy trình lễ tân: chào đón khách, kiểm tra đặt phòng, làm thủ tục nhận phòng và trả phòng,
                    xử lý phàn nàn của khách một cách lịch sự và nhanh chóng."""),
            new Item("qncd.gv2", "Khai thác vận tải đường biển: vận đơn và container", "6840109", "COLLEGE", SharingScope.NETWORK,
                    Licence.CC_BY_SA, "Chứng từ và nghiệp vụ vận tải biển.", "vận tải biển, vận đơn, container",
                    "van-tai-duong-bien.txt", """
                    Vận đơn đường biển là chứng từ vận tải quan trọng nhất; container tiêu chuẩn 20 và 40 feet;
                    thủ tục hải quan tại cảng biển và bảo hiểm hàng hóa."""),
            new Item("qncd.gv2", "Quy trinh bao duong may bien ap phan phoi", "6520227", "COLLEGE", SharingScope.NETWORK,
                    Licence.CC_BY, "Ban scan giao trinh cu, mat dau tieng Viet.", "may bien ap",
                    "may-bien-ap-ocr.txt", """
                    Quy trinh bao duong may bien ap phan phoi: kiem tra muc dau, do dien tro cach dien cuon day,
                    ve sinh su va siet lai dau cot. Ghi chep ket qua vao so theo doi thiet bi."""),
            new Item("hpcd.gv1", "Bản nháp: đề kiểm tra Khí cụ điện (chưa gửi duyệt)", "6520227", "COLLEGE", SharingScope.PRIVATE,
                    Licence.ALL_RIGHTS_RESERVED, "Chỉ tác giả thấy bản nháp này.", "đề kiểm tra",
                    "de-kiem-tra-khi-cu-dien.txt", """
                    Đề kiểm tra Khí cụ điện: câu 1 trình bày cấu tạo contactor; câu 2 chọn aptomat cho động cơ 5,5 kW."""));

    private DemoLibrary() {
    }
}
