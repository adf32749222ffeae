#!/usr/bin/env python3
"""Writes the relevance corpus (corpus.tsv) the search tests index.

The corpus is written for this project: hand-written items that the relevance queries aim at, plus lesson
and module items composed from per-occupation topic lists, which give every query realistic competitors.
Some items are stripped of diacritics, as OCR output often is. Run it again only to change the corpus;
the TSV it writes is what is checked in and read by the tests.
"""
import unicodedata, random, pathlib

random.seed(2026)

def strip(text):
    text = text.replace('đ', 'd').replace('Đ', 'D')
    return ''.join(c for c in unicodedata.normalize('NFD', text) if unicodedata.category(c) != 'Mn')

# id, occupation code, level, type, title, text  (hand-written targets of the relevance queries)
TARGETS = [
 ("T01", "6520227", "CAO_DANG", "SIMULATION", "Xưởng thực hành ảo cho nghề Điện công nghiệp",
  "Mô phỏng xưởng thực hành ảo: người học lắp tủ điện, đấu nối động cơ ba pha và kiểm tra an toàn trước khi thực hành trên thiết bị thật."),
 ("T02", "6520227", "TRUNG_CAP", "DOCUMENT", "Áo bảo hộ và trang phục trong xưởng thực hành",
  "Quy định về áo bảo hộ, giày cách điện, găng tay và kính bảo vệ khi làm việc trong xưởng thực hành của nhà trường."),
 ("T03", "6520227", "CAO_DANG", "DOCUMENT", "Đường dây trung thế: lắp đặt và bảo dưỡng",
  "Tài liệu hướng dẫn lắp đặt đường dây trung thế, kiểm tra sứ cách điện, khoảng cách an toàn và quy trình cắt điện trước khi bảo dưỡng."),
 ("T04", "6510216", "TRUNG_CAP", "DOCUMENT", "Ắc quy ô tô: cực dương, cực âm và cách nạp điện",
  "Bài học về cấu tạo ắc quy chì axit, nhận biết cực dương và cực âm, đo điện áp và nạp điện an toàn cho ắc quy ô tô."),
 ("T05", "6520227", "CAO_DANG", "DOCUMENT", "Luật Giáo dục nghề nghiệp và quyền của người học",
  "Tóm tắt những điểm chính của Luật Giáo dục nghề nghiệp: quyền và nghĩa vụ của người học, liên thông giữa các trình độ, công nhận kết quả học tập."),
 ("T06", "6480202", "CAO_DANG", "DOCUMENT", "Giáo viên hướng dẫn nghề và kỹ năng số",
  "Nghề dạy học thay đổi: giáo viên cần kỹ năng số, biết dùng học liệu số; người học được giáo dục toàn diện; doanh nghiệp tham gia đào tạo nghiệp vụ."),
 ("T07", "6520227", "SO_CAP", "DOCUMENT", "Quy trinh an toan khi lam viec tren cao",
  "Tai lieu quet tu ban in: quy trinh an toan khi lam viec tren cao, su dung day dai an toan, kiem tra gian giao truoc ca lam viec."),
 ("T08", "6520123", "TRUNG_CAP", "VIDEO", "Kỹ thuật hàn hồ quang tay ở vị trí hàn bằng",
  "Video hướng dẫn hàn hồ quang tay (SMAW) ở vị trí hàn bằng: chọn que hàn, điều chỉnh dòng điện, góc nghiêng que và tốc độ hàn."),
 ("T09", "6520123", "CAO_DANG", "VIDEO", "Hàn MIG/MAG thép tấm mỏng",
  "Video thực hành hàn MIG/MAG thép tấm mỏng trong môi trường khí bảo vệ, cách tránh cháy thủng và biến dạng mối hàn."),
 ("T10", "6510216", "CAO_DANG", "SIMULATION", "Chẩn đoán lỗi động cơ phun xăng điện tử",
  "Phần mềm mô phỏng chẩn đoán lỗi động cơ phun xăng điện tử bằng máy đọc mã lỗi OBD-II, kiểm tra cảm biến ô xy và kim phun."),
 ("T11", "6510216", "TRUNG_CAP", "MODEL_3D", "Mô hình 3D hộp số tự động",
  "Mô hình ba chiều hộp số tự động: bộ biến mô, cụm bánh răng hành tinh, ly hợp và phanh dải; xoay và tách rời từng chi tiết."),
 ("T12", "6480202", "CAO_DANG", "DOCUMENT", "Lập trình Java cơ bản cho ứng dụng phần mềm",
  "Giáo trình lập trình Java cơ bản: biến, kiểu dữ liệu, vòng lặp, lớp và đối tượng, xử lý ngoại lệ, dự án quản lý thư viện nhỏ."),
 ("T13", "6480202", "CAO_DANG", "DOCUMENT", "Cơ sở dữ liệu quan hệ và ngôn ngữ SQL",
  "Thiết kế cơ sở dữ liệu quan hệ, chuẩn hóa, truy vấn SQL với SELECT, JOIN, GROUP BY; bài tập trên PostgreSQL."),
 ("T14", "6810201", "CAO_DANG", "DOCUMENT", "Nghiệp vụ lễ tân khách sạn",
  "Quy trình đón tiếp khách, đăng ký nhận phòng, trả phòng, xử lý phàn nàn và giao tiếp tiếng Anh tại quầy lễ tân khách sạn."),
 ("T15", "6810206", "TRUNG_CAP", "DOCUMENT", "Nghiệp vụ phục vụ bàn trong nhà hàng",
  "Kỹ năng phục vụ bàn: chuẩn bị bàn ăn, giới thiệu thực đơn, phục vụ đồ uống, thanh toán và tiễn khách trong nhà hàng."),
 ("T16", "6340113", "CAO_DANG", "DOCUMENT", "Quản lý kho hàng và chuỗi cung ứng Logistics",
  "Nguyên tắc quản lý kho hàng, nhập xuất tồn, mã vạch, FIFO, tối ưu chuỗi cung ứng và vận tải đa phương thức trong Logistics."),
 ("T17", "6840109", "CAO_DANG", "DOCUMENT", "Khai thác vận tải đường biển: vận đơn và container",
  "Nghiệp vụ khai thác vận tải đường biển: vận đơn đường biển, container, cảng biển, thủ tục hải quan và bảo hiểm hàng hóa."),
 ("T18", "6520225", "CAO_DANG", "DOCUMENT", "Lập trình PLC S7-1200 điều khiển băng tải",
  "Lập trình PLC Siemens S7-1200 điều khiển băng tải phân loại sản phẩm: cảm biến quang, xi lanh khí nén, ngôn ngữ LAD."),
 ("T19", "6520225", "TRUNG_CAP", "DOCUMENT", "Điện tử công nghiệp: linh kiện bán dẫn",
  "Đi ốt, transistor, thyristor và IGBT: nguyên lý, đặc tuyến và ứng dụng trong mạch chỉnh lưu, biến tần của Điện tử công nghiệp."),
 ("T20", "6520121", "CAO_DANG", "DOCUMENT", "Gia công tiện trục bậc trên máy tiện CNC",
  "Lập trình và vận hành máy tiện CNC gia công trục bậc: chọn dao, chế độ cắt, mã G, kiểm tra kích thước bằng thước cặp."),
 ("T21", "6520121", "TRUNG_CAP", "MODEL_3D", "Mô hình máy phay vạn năng",
  "Mô hình 3D máy phay vạn năng: bàn máy, trục chính, hộp tốc độ; dùng để học tên gọi và chức năng các bộ phận."),
 ("T22", "6810207", "TRUNG_CAP", "VIDEO", "Kỹ thuật chế biến món phở bò Hà Nội",
  "Video hướng dẫn ninh nước dùng xương bò, chần bánh phở, thái thịt bò tái và trình bày bát phở bò Hà Nội."),
 ("T23", "6810207", "SO_CAP", "DOCUMENT", "An toàn vệ sinh thực phẩm trong bếp ăn",
  "Quy định an toàn vệ sinh thực phẩm: bảo quản lạnh, phân loại thực phẩm sống và chín, vệ sinh dụng cụ và trang phục người nấu."),
 ("T24", "6540205", "TRUNG_CAP", "DOCUMENT", "Thiết kế rập áo sơ mi nam",
  "Hướng dẫn thiết kế rập áo sơ mi nam: lấy số đo, dựng thân trước, thân sau, tay áo, cổ áo và nhảy size."),
 ("T25", "6520227", "CAO_DANG", "DOCUMENT", "An toàn vệ sinh lao động trong nghề điện",
  "Huấn luyện an toàn vệ sinh lao động: nhận diện nguy cơ điện giật, sơ cứu người bị điện giật, phiếu công tác và biển báo an toàn."),
 ("T26", "6520227", "CAO_DANG", "DOCUMENT", "Năng lượng mặt trời: lắp đặt hệ thống điện áp mái",
  "Thiết kế và lắp đặt hệ thống điện mặt trời áp mái nối lưới: tấm pin, bộ nghịch lưu inverter, bảo vệ và đo kiểm."),
 ("T27", "6510216", "CAO_DANG", "DOCUMENT", "Ô tô điện và hệ thống pin lithium",
  "Cấu tạo ô tô điện: pin lithium-ion, hệ thống quản lý pin BMS, động cơ điện và an toàn khi làm việc với điện áp cao."),
 ("T28", "6480202", "CAO_DANG", "HTML5_PACKAGE", "Thiết kế trang web với HTML và CSS",
  "Bài học tương tác về HTML và CSS: thẻ tiêu đề, đoạn văn, liên kết, bố cục flexbox và trang web đáp ứng trên điện thoại."),
 ("T29", "6340113", "TRUNG_CAP", "QUIZ_BANK", "Ngân hàng câu hỏi nghiệp vụ giao nhận hàng hóa",
  "Câu hỏi trắc nghiệm về giao nhận hàng hóa xuất nhập khẩu, Incoterms, chứng từ vận tải và khai báo hải quan."),
 ("T30", "6520227", "TRUNG_CAP", "DOCUMENT", "Bao duong may bien ap phan phoi",
  "Ban scan giao trinh cu: bao duong may bien ap phan phoi, kiem tra dau cach dien, do dien tro cach dien cuon day."),
 ("T31", "6520123", "SO_CAP", "DOCUMENT", "Nhận biết khuyết tật mối hàn",
  "Các khuyết tật mối hàn thường gặp: rỗ khí, nứt, lẫn xỉ, cháy chân, hàn không ngấu; nguyên nhân và cách khắc phục."),
 ("T32", "6810201", "CAO_DANG", "DOCUMENT", "Nghiệp vụ buồng phòng khách sạn",
  "Quy trình dọn phòng khách sạn, làm giường, vệ sinh phòng tắm, kiểm tra minibar và báo cáo tình trạng phòng."),
 ("T33", "6520225", "CAO_DANG", "SIMULATION", "Mô phỏng mạch điều khiển động cơ bằng biến tần",
  "Phần mềm mô phỏng cài đặt biến tần điều khiển tốc độ động cơ không đồng bộ ba pha, tham số tần số và thời gian tăng tốc."),
 ("T34", "6520227", "CAO_DANG", "DOCUMENT", "Đo lường điện và sử dụng đồng hồ vạn năng",
  "Cách sử dụng đồng hồ vạn năng đo điện áp, dòng điện, điện trở; ampe kìm và megomet; sai số và an toàn khi đo."),
 ("T35", "6480202", "TRUNG_CAP", "DOCUMENT", "An toàn thông tin cho người dùng văn phòng",
  "Mật khẩu mạnh, xác thực hai lớp, nhận biết thư lừa đảo phishing, sao lưu dữ liệu và cập nhật phần mềm."),
 ("T36", "6810206", "CAO_DANG", "DOCUMENT", "Pha chế đồ uống: cà phê và cocktail",
  "Kỹ thuật pha chế cà phê phin, cà phê espresso, sinh tố và một số cocktail cơ bản; vệ sinh quầy bar."),
 ("T37", "6520121", "CAO_DANG", "DOCUMENT", "Đọc bản vẽ kỹ thuật cơ khí",
  "Hình chiếu vuông góc, hình cắt, mặt cắt, dung sai lắp ghép và ký hiệu độ nhám trên bản vẽ kỹ thuật cơ khí."),
 ("T38", "6840109", "CAO_DANG", "DOCUMENT", "Luồng hàng hải và báo hiệu đường thủy",
  "Hệ thống báo hiệu hàng hải, phao tiêu, đèn biển, luồng tàu vào cảng và quy tắc tránh va trên biển."),
 ("T39", "6520227", "CAO_DANG", "DOCUMENT", "Dương cầm và âm nhạc trong giờ sinh hoạt",
  "Tài liệu ngoại khóa: câu lạc bộ dương cầm của trường, lịch sinh hoạt âm nhạc cho học sinh sinh viên."),
 ("T40", "6510216", "SO_CAP", "DOCUMENT", "Bảo dưỡng định kỳ xe máy",
  "Thay dầu máy, kiểm tra bugi, lọc gió, phanh và lốp; lịch bảo dưỡng định kỳ xe máy cho người học sơ cấp."),
 # Scanned policy documents (OCR without diacritics) next to typed documents on the same subject: the rare words a
 # person types (numbers, document codes) must find the scan even when they type the query with diacritics.
 ("T41", "6520227", "CAO_DANG", "DOCUMENT", "Van ban scan: Quyet dinh phe duyet khung trinh do quoc gia",
  "Quyet dinh so 1982/QD-TTg ngay 18 thang 10 nam 2016 phe duyet Khung trinh do quoc gia Viet Nam gom 8 bac; chuan dau ra ve kien thuc, ky nang, muc do tu chu va trach nhiem."),
 ("T42", "6520227", "CAO_DANG", "DOCUMENT", "Khung trình độ quốc gia Việt Nam: tám bậc trình độ",
  "Giới thiệu khung trình độ quốc gia Việt Nam với tám bậc, chuẩn đầu ra về kiến thức, kỹ năng, mức độ tự chủ và trách nhiệm cho từng bậc đào tạo."),
 ("T43", "6520227", "CAO_DANG", "DOCUMENT", "Quyết định ban hành chương trình đào tạo trình độ cao đẳng",
  "Quyết định của hiệu trưởng ban hành chương trình đào tạo trình độ cao đẳng nghề Điện công nghiệp năm 2016, khối lượng học tập và chuẩn đầu ra."),
 ("T44", "6520227", "CAO_DANG", "DOCUMENT", "Thong tu quy dinh quy trinh xay dung chuong trinh dao tao",
  "Thong tu so 03/2017/TT-BLDTBXH ngay 01 thang 3 nam 2017 cua Bo Lao dong - Thuong binh va Xa hoi quy dinh quy trinh xay dung, tham dinh va ban hanh chuong trinh; to chuc bien soan, lua chon, tham dinh giao trinh dao tao trinh do trung cap, cao dang."),
 ("T45", "6520227", "CAO_DANG", "DOCUMENT", "Quy trình xây dựng và thẩm định chương trình đào tạo của trường",
  "Hướng dẫn nội bộ của trường về quy trình xây dựng, thẩm định và ban hành chương trình đào tạo, lựa chọn giáo trình trình độ trung cấp, cao đẳng năm 2017."),
]

OCCUPATIONS = {
 "6520227": ("Điện công nghiệp", ["lắp đặt tủ điện phân phối", "đấu nối động cơ điện ba pha", "khí cụ điện hạ áp", "mạch điện chiếu sáng",
             "bảo vệ rơ le", "cung cấp điện cho phân xưởng", "máy điện một chiều", "truyền động điện", "kỹ thuật lắp đặt điện",
             "nối đất và chống sét", "điều khiển điện khí nén", "sửa chữa máy phát điện", "vẽ điện bằng AutoCAD", "cảm biến công nghiệp"]),
 "6520225": ("Điện tử công nghiệp", ["mạch khuếch đại thuật toán", "vi điều khiển Arduino", "điện tử số và cổng logic", "nguồn xung",
             "đo lường cảm biến nhiệt độ", "mạch in và hàn linh kiện", "truyền thông công nghiệp Modbus", "robot công nghiệp",
             "hệ thống SCADA", "điều khiển servo", "kỹ thuật vi xử lý", "mạng truyền thông RS485"]),
 "6520121": ("Cắt gọt kim loại", ["tiện ren tam giác", "phay mặt phẳng", "mài dao tiện", "khoan và khoét lỗ", "dung sai và đo lường cơ khí",
             "vật liệu cơ khí", "gia công bánh răng", "lập trình phay CNC", "nguội cơ bản", "an toàn khi vận hành máy công cụ"]),
 "6520123": ("Hàn", ["hàn khí oxy axetylen", "cắt kim loại bằng plasma", "hàn TIG thép không gỉ", "hàn ống ở vị trí 6G",
             "kiểm tra mối hàn bằng siêu âm", "ký hiệu mối hàn trên bản vẽ", "hàn thép các bon thấp", "gá lắp kết cấu hàn"]),
 "6510216": ("Công nghệ ô tô", ["hệ thống phanh ABS", "hệ thống lái trợ lực điện", "động cơ diesel phun dầu điện tử", "hệ thống điều hòa ô tô",
             "hệ thống treo", "ly hợp và hộp số thường", "hệ thống đánh lửa", "hệ thống điện thân xe", "kiểm định khí thải"]),
 "6480202": ("Công nghệ thông tin (ứng dụng phần mềm)", ["lập trình Python", "phát triển ứng dụng di động Android", "kiểm thử phần mềm",
             "mạng máy tính căn bản", "lập trình web với JavaScript", "quản trị hệ điều hành Linux", "tin học văn phòng Excel",
             "thiết kế giao diện người dùng", "phân tích thiết kế hệ thống"]),
 "6810201": ("Quản trị khách sạn", ["marketing du lịch khách sạn", "quản trị nhân sự khách sạn", "tiếng Anh chuyên ngành khách sạn",
             "kế toán khách sạn", "quản lý đặt phòng trực tuyến", "chăm sóc khách hàng"]),
 "6810206": ("Quản trị nhà hàng", ["thiết kế thực đơn", "quản lý chi phí nguyên liệu", "phục vụ tiệc buffet", "văn hóa ẩm thực Việt Nam",
             "quản lý ca làm việc nhà hàng", "rượu vang và phục vụ rượu"]),
 "6340113": ("Logistics", ["vận tải đường bộ", "thủ tục hải quan điện tử", "quản trị mua hàng", "giao hàng chặng cuối",
             "kho lạnh và bảo quản hàng hóa", "phần mềm quản lý kho WMS", "bảo hiểm hàng hóa"]),
 "6840109": ("Khai thác vận tải đường biển", ["xếp dỡ hàng hóa tại cảng", "tàu container", "luật hàng hải", "an toàn sinh mạng trên biển",
             "hợp đồng thuê tàu", "khai thác cảng biển"]),
 "6810207": ("Kỹ thuật chế biến món ăn", ["chế biến món ăn Âu", "làm bánh mì", "cắt tỉa rau củ trang trí", "món ăn chay", "nước sốt cơ bản",
             "món ăn miền Trung"]),
 "6540205": ("May thời trang", ["may quần âu nam", "thiết kế váy", "sử dụng máy may công nghiệp", "vải và nguyên phụ liệu may",
             "thiết kế thời trang trên máy tính"]),
}
LEVELS = ["SO_CAP", "TRUNG_CAP", "CAO_DANG"]
LEVEL_NAMES = {"SO_CAP": "sơ cấp", "TRUNG_CAP": "trung cấp", "CAO_DANG": "cao đẳng"}
KINDS = [
 ("DOCUMENT", "Mô đun {t}", "Mô đun {t} thuộc chương trình {o} trình độ {l}. Sau khi học xong, người học trình bày được nguyên lý và thực hiện được các công việc về {t} theo đúng quy trình, bảo đảm an toàn."),
 ("DOCUMENT", "Bài {n}: {t}", "Bài học số {n} của nghề {o}: nội dung lý thuyết và bài tập thực hành về {t}; tiêu chí đánh giá và thời lượng {h} giờ."),
 ("SLIDES", "Bài giảng {t}", "Bộ bài giảng trình chiếu về {t} dành cho giáo viên nghề {o}, gồm hình ảnh minh họa, câu hỏi thảo luận và tình huống thực tế tại doanh nghiệp."),
 ("VIDEO", "Video thực hành {t}", "Video quay tại xưởng của trường, hướng dẫn từng bước {t} cho người học nghề {o} trình độ {l}."),
]

rows = []
for t in TARGETS:
    rows.append(t)
n = 0
for code, (name, topics) in OCCUPATIONS.items():
    for i, topic in enumerate(topics):
        kind_type, title_tpl, body_tpl = KINDS[i % len(KINDS)]
        level = LEVELS[(i + len(name)) % 3]
        n += 1
        title = title_tpl.format(t=topic, n=i + 1)
        title = title[0].upper() + title[1:]
        body = body_tpl.format(t=topic, o=name, l=LEVEL_NAMES[level], n=i + 1, h=random.choice([15, 30, 45, 60]))
        rows.append(("G%03d" % n, code, level, kind_type, title, body))
        # a second item on the same topic from another school: a different kind
        kind_type2, title_tpl2, body_tpl2 = KINDS[(i + 2) % len(KINDS)]
        n += 1
        title2 = title_tpl2.format(t=topic, n=i + 1)
        title2 = title2[0].upper() + title2[1:]
        body2 = body_tpl2.format(t=topic, o=name, l=LEVEL_NAMES[LEVELS[i % 3]], n=i + 1, h=random.choice([15, 30, 45, 60]))
        if n % 9 == 0:  # OCR-like: some items lost their diacritics
            title2, body2 = strip(title2), strip(body2)
        rows.append(("G%03d" % n, code, LEVELS[i % 3], kind_type2, title2, body2))

out = pathlib.Path(__file__).resolve().parent.parent / "resources" / "relevance" / "corpus.tsv"
with open(out, "w", encoding="utf-8") as f:
    f.write("# id\toccupation\tlevel\ttype\ttitle\ttext   (written for TVET LMS; see search/src/test/corpus/build_corpus.py)\n")
    for r in rows:
        f.write("\t".join(r) + "\n")
print(len(rows), "items written to", out)
