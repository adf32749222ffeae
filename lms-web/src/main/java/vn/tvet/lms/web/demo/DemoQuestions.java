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

    /** The category of the end-of-course review quiz: twenty single-answer questions, one attempt's worth. */
    static final String REVIEW_CATEGORY = "Ôn tập cuối khóa";

    /** Twenty review questions (true/false and single choice), drawn all at once by the review quiz. */
    static final String REVIEW = """
            $CATEGORY: $course$/top/Ôn tập cuối khóa

            ::Ôn 1::Aptomat (CB) bảo vệ mạch điện khi quá tải và ngắn mạch. {T}

            ::Ôn 2::Có thể thay dây chì bằng dây đồng to hơn để cầu chì bền hơn. {F}

            ::Ôn 3::Thiết bị chống dòng rò (RCD) tác động chủ yếu khi nào? {
              =Có dòng điện rò xuống đất vượt ngưỡng
              ~Điện áp lưới tăng cao
              ~Tải tiêu thụ quá công suất
            }

            ::Ôn 4::Dây trung tính (N) theo quy ước có màu gì? {
              =Xanh lam
              ~Đỏ
              ~Vàng sọc xanh lá
            }

            ::Ôn 5::Thanh cái trong tủ điện dùng để phân phối điện đến các lộ ra. {T}

            ::Ôn 6::Đồng hồ megôm (MΩ) dùng để đo điện trở cách điện. {T}

            ::Ôn 7::Khi đo điện trở cách điện, mạch cần được cắt điện hoàn toàn. {T}

            ::Ôn 8::Contactor dùng để làm gì trong mạch điều khiển động cơ? {
              =Đóng cắt mạch động lực bằng tín hiệu điều khiển
              ~Đo dòng điện của động cơ
              ~Bảo vệ chống sét
            }

            ::Ôn 9::Rơ le nhiệt bảo vệ động cơ khỏi hỏng hóc nào? {
              =Quá tải kéo dài
              ~Mất pha đột ngột của lưới trung thế
              ~Sét đánh trực tiếp
            }

            ::Ôn 10::Được phép làm việc một mình trên tủ điện đang mang điện nếu đã có kinh nghiệm. {F}

            ::Ôn 11::Biển báo "Cấm đóng điện! Có người đang làm việc" được treo ở đâu? {
              =Tại cầu dao hoặc aptomat đã cắt
              ~Ở cửa xưởng
              ~Trên dụng cụ đo
            }

            ::Ôn 12::Đầu cốt phải được siết theo mô men quy định của nhà sản xuất. {T}

            ::Ôn 13::Điện áp pha của lưới hạ áp 380/220 V là bao nhiêu? {
              =220 V
              ~380 V
              ~110 V
            }

            ::Ôn 14::Tiết diện dây dẫn được chọn theo dòng điện cho phép của tải. {T}

            ::Ôn 15::Nối đất bảo vệ giúp gì khi vỏ thiết bị bị chạm điện? {
              =Dẫn dòng sự cố xuống đất để thiết bị bảo vệ cắt nhanh
              ~Tăng điện áp trên vỏ thiết bị
              ~Làm thiết bị chạy tiết kiệm điện hơn
            }

            ::Ôn 16::Có thể dùng nước để dập đám cháy tủ điện đang mang điện. {F}

            ::Ôn 17::Sơ đồ nguyên lý thể hiện điều gì? {
              =Nguyên lý hoạt động và liên hệ điện giữa các thiết bị
              ~Vị trí lắp đặt thực tế trên mặt tủ
              ~Bảng giá vật tư
            }

            ::Ôn 18::Trước khi đóng điện thử tủ mới lắp, cần kiểm tra thông mạch và cách điện. {T}

            ::Ôn 19::Thiết bị nào cho biết tủ đang có điện áp trên các pha? {
              =Đèn báo pha
              ~Nút dừng khẩn cấp
              ~Máng cáp
            }

            ::Ôn 20::Khi có người bị điện giật, việc đầu tiên là gì? {
              =Cắt nguồn điện hoặc tách nạn nhân khỏi nguồn bằng vật cách điện
              ~Kéo tay nạn nhân ra ngay
              ~Gọi điện hỏi ý kiến trước
            }
            """;
}
