package vn.tvet.lms.web.demo;

/**
 * The demo question bank of MĐ07, written for the project in GIFT (the format Moodle teachers already use): every
 * question type the product asks, in three categories, so the final quiz can draw at random.
 */
final class DemoQuestions {

    static final String GIFT = """
            // Ngân hàng câu hỏi mẫu của mô-đun MĐ07 – Lắp đặt tủ điện phân phối
            $CATEGORY: $course$/top/An toàn điện

            ::Cắt điện::Trước khi sửa chữa tủ điện, việc đầu tiên phải làm là gì? {
              =Cắt điện, khóa và treo biển báo#Đúng: khóa và treo thẻ (LOTO) ngăn người khác đóng điện trở lại.
              ~Đeo găng tay cách điện rồi làm ngay#Găng tay không thay cho việc cắt điện.
              ~Báo cho tổ trưởng#Cần báo, nhưng phải cắt điện và khóa trước khi làm.
            ####Quy trình 5 bước: cắt điện, khóa và treo biển, kiểm tra không còn điện, nối đất tạm thời, rào chắn.}

            ::Dây PE::Dây bảo vệ (PE) có màu vàng sọc xanh lá. {TRUE#Sai: theo quy ước màu, dây PE là vàng sọc xanh lá.#Đúng.}

            ::Dụng cụ cách điện::Chọn tất cả dụng cụ được phép dùng khi làm việc gần phần mang điện hạ áp. {
              ~%50%Kìm cách điện đạt chuẩn 1000 V
              ~%50%Tua vít cách điện đạt chuẩn 1000 V
              ~%-100%Tua vít thường quấn băng dính
            }

            ::Kiểm tra không còn điện::Sau khi cắt điện, dùng dụng cụ nào để kiểm tra không còn điện? {
              =Bút thử điện hoặc đồng hồ đo điện áp đã kiểm tra trước
              ~Mu bàn tay chạm nhẹ
              ~Quan sát đèn báo trên tủ
            }

            ::Khoảng cách an toàn::Làm việc gần lưới điện hạ áp đang mang điện thì chỉ cần đeo găng tay. {FALSE}

            $CATEGORY: $course$/top/Đo lường

            ::Đơn vị điện trở::Đơn vị đo điện trở là gì? (gõ tên đơn vị) {=ôm =ohm =%50%Ω}

            ::Điện áp pha::Điện áp pha định mức của lưới hạ áp Việt Nam là bao nhiêu vôn? {#220:5}

            ::Điện trở cách điện::Điện trở cách điện tối thiểu của tủ mẫu theo tiêu chí bài thực hành là bao nhiêu MΩ? {#1:0}

            ::Thiết bị và công dụng::Ghép mỗi thiết bị với công dụng của nó. {
              =Aptomat -> Bảo vệ quá tải và ngắn mạch
              =Công tơ điện -> Đo điện năng tiêu thụ
              =Rơ le nhiệt -> Bảo vệ quá tải động cơ
            }

            $CATEGORY: $course$/top/Tự luận

            ::Quy trình đo cách điện::Trình bày các bước đo điện trở cách điện của tủ điện bằng megaohm kế và cách đánh giá kết quả. {}
            """;

    private DemoQuestions() {
    }
}
