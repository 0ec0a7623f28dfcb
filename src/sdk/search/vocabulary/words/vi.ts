import type { EverydayWords } from '../everyday-words.js';

/**
 * What people type for each need in Vietnamese, as Vietnamese Americans write it (southern usage first:
 * "tiền nhà", "bảo hiểm", "tiền già"). Latin script with its diacritics; they are folded away when matching
 * ("thực phẩm" finds "thuc pham"), and many people type without them. Folding makes different syllables
 * one ("thuế" tax and "thuê" rent are both "thue"; "mắt" becomes English "mat"), so most entries are two or
 * more syllables in a row, and a single syllable stands alone only when its folded form is unambiguous.
 */
export const words: EverydayWords = {
  needs: {
    food: ['thực phẩm', 'đồ ăn', 'thức ăn', 'đói bụng', 'bị đói', 'nhịn đói', 'bữa ăn', 'ngân hàng thực phẩm', 'phát thực phẩm', 'thực phẩm miễn phí', 'đồ ăn miễn phí', 'lương thực', 'gạo', 'bữa trưa', 'bữa tối', 'bữa sáng', 'không có gì ăn', 'không có đồ ăn', 'thiếu ăn', 'bếp ăn từ thiện'],
    'food-benefits': ['phiếu thực phẩm', 'tem phiếu', 'phiếu ăn', 'tem thực phẩm', 'trợ cấp thực phẩm', 'thẻ thực phẩm', 'tiền thực phẩm', 'phiếu mua thực phẩm', 'trợ cấp lương thực', 'phiếu thức ăn'],
    housing: ['nhà ở', 'chỗ ở', 'nơi ở', 'căn hộ', 'chung cư', 'nhà giá rẻ', 'nhà thu nhập thấp', 'nhà ở xã hội', 'thuê nhà', 'tìm nhà', 'sửa nhà', 'mua nhà', 'phòng cho thuê'],
    shelter: ['nhà tạm trú', 'tạm trú', 'vô gia cư', 'không nhà', 'không có nhà', 'ngủ ngoài đường', 'ngủ trong xe', 'sống trong xe', 'chỗ ngủ', 'nơi ngủ', 'chỗ ngủ tối nay', 'bị đuổi ra khỏi nhà', 'trú ẩn', 'nơi trú ẩn', 'nhà cứu trợ', 'tạm trú khẩn cấp'],
    'rent-help': ['tiền nhà', 'tiền thuê nhà', 'trả tiền nhà', 'giúp tiền nhà', 'nợ tiền nhà', 'trễ tiền nhà', 'trợ cấp tiền nhà', 'lệnh đuổi nhà', 'giấy đuổi nhà', 'thông báo đuổi nhà', 'chủ nhà', 'tiền cọc', 'tiền đặt cọc', 'tiền góp nhà', 'tịch thu nhà', 'người thuê nhà', 'quyền người thuê nhà'],
    utilities: ['tiền điện', 'hóa đơn điện', 'tiền nước', 'hóa đơn nước', 'tiền ga', 'hóa đơn ga', 'sưởi', 'máy sưởi', 'máy lạnh', 'cắt điện', 'cúp điện', 'trợ cấp năng lượng', 'năng lượng', 'tiện ích', 'hóa đơn tiện ích'],
    employment: ['việc làm', 'việc', 'công việc', 'kiếm việc', 'tìm việc', 'tìm việc làm', 'thất nghiệp', 'mất việc', 'đào tạo nghề', 'học nghề', 'sơ yếu lý lịch', 'hội chợ việc làm', 'tuyển dụng', 'cần người làm', 'đi làm'],
    legal: ['luật sư', 'luật sư miễn phí', 'luật', 'trợ giúp pháp lý', 'pháp lý', 'tư vấn pháp lý', 'tòa án', 'ra tòa', 'kiện tụng', 'thưa kiện', 'đi kiện', 'quyền nuôi con', 'ly dị', 'ly hôn', 'tiền cấp dưỡng', 'xóa án tích', 'hồ sơ tội phạm'],
    benefits: ['trợ cấp', 'phúc lợi', 'tiền trợ cấp', 'trợ cấp xã hội', 'an sinh xã hội', 'tiền già', 'bảo hiểm', 'bảo hiểm y tế', 'bảo hiểm sức khỏe', 'tiền thất nghiệp', 'trợ cấp tiền mặt', 'hỗ trợ tài chính', 'tiền khẩn cấp', 'tiền tàn tật', 'lãnh tiền', 'medi cal'],
    health: ['bác sĩ', 'phòng khám', 'y tế', 'khám bệnh', 'bệnh viện', 'phòng cấp cứu', 'cấp cứu', 'y tá', 'bị bệnh', 'thuốc men', 'mua thuốc', 'toa thuốc', 'đơn thuốc', 'nhà thuốc', 'tiệm thuốc', 'chích ngừa', 'tiêm chủng', 'vắc xin', 'khám sức khỏe', 'chăm sóc sức khỏe'],
    dental: ['nha sĩ', 'nha khoa', 'đau răng', 'nhức răng', 'răng giả', 'làm răng', 'nhổ răng', 'trám răng', 'cạo vôi răng', 'khám răng', 'sâu răng', 'chữa răng', 'bác sĩ răng'],
    vision: ['mắt kính', 'kính mắt', 'đeo kính', 'bác sĩ mắt', 'khám mắt', 'đo mắt', 'cắt kính', 'kính sát tròng', 'nhãn khoa', 'thị lực', 'đau mắt', 'mắt mờ'],
    'mental-health': ['sức khỏe tâm thần', 'tâm thần', 'tâm lý', 'bác sĩ tâm lý', 'bác sĩ tâm thần', 'trị liệu', 'tư vấn', 'tư vấn tâm lý', 'lo âu', 'lo lắng', 'trầm cảm', 'căng thẳng', 'buồn phiền', 'đau buồn', 'sang chấn', 'chấn thương tâm lý', 'rối loạn', 'người để nói chuyện', 'hỗ trợ tinh thần'],
    'substance-use': ['nghiện', 'nghiện ma túy', 'ma túy', 'nghiện rượu', 'rượu', 'uống rượu', 'cai nghiện', 'cai rượu', 'trung tâm cai nghiện', 'thuốc phiện', 'bạch phiến', 'ma túy đá', 'say xỉn', 'xì ke', 'giảm tác hại'],
    'support-groups': ['nhóm hỗ trợ', 'nhóm', 'hội nhóm', 'họp nhóm', 'buổi họp', 'nhóm tương trợ', 'nhóm chia sẻ', 'nhóm đồng cảnh', 'nhóm cho gia đình', 'sinh hoạt nhóm', 'mười hai bước', '12 bước', 'ẩn danh'],
    crisis: ['khủng hoảng', 'đường dây nóng', 'đường dây khủng hoảng', 'khẩn cấp', 'tự tử', 'tự sát', 'muốn chết', 'cần giúp gấp', 'phòng chống tự tử', 'tuyệt vọng', 'nguy hiểm', 'cứu tôi', 'cứu với', 'trợ giúp khẩn cấp'],
    transportation: ['phương tiện', 'phương tiện công cộng', 'đi lại', 'vận chuyển', 'đưa đón', 'xe buýt', 'vé xe buýt', 'xe hơi', 'tiền xăng', 'xăng', 'đưa đi bác sĩ', 'chở đi bác sĩ', 'sửa xe', 'xe đạp', 'xe lửa', 'đi nhờ xe'],
    clothing: ['quần áo', 'áo quần', 'áo khoác', 'áo ấm', 'áo lạnh', 'quần áo mùa đông', 'quần áo đi làm', 'quần áo cũ', 'giày dép', 'đôi giày', 'giày thể thao', 'đồng phục'],
    'domestic-violence': ['bạo lực gia đình', 'bạo hành', 'bạo hành gia đình', 'bạo lực', 'ngược đãi', 'chồng đánh', 'bị đánh', 'bị chồng đánh', 'lệnh bảo vệ', 'lệnh cấm tiếp xúc', 'xâm hại tình dục', 'tấn công tình dục', 'hiếp dâm', 'cưỡng hiếp', 'quấy rối', 'buôn người', 'nhà an toàn'],
    immigration: ['di trú', 'nhập cư', 'di dân', 'người nhập cư', 'thẻ xanh', 'quốc tịch', 'nhập tịch', 'thi quốc tịch', 'tị nạn', 'xin tị nạn', 'trục xuất', 'giấy phép làm việc', 'giấy tờ', 'không giấy tờ', 'bảo lãnh', 'thị thực', 'chiếu khán', 'tình trạng di trú'],
    disability: ['khuyết tật', 'tàn tật', 'người khuyết tật', 'xe lăn', 'điếc', 'khiếm thính', 'khiếm thị', 'mù lòa', 'tự kỷ', 'nhu cầu đặc biệt', 'ngôn ngữ ký hiệu', 'chậm phát triển', 'khuyết tật trí tuệ', 'sống độc lập'],
    'older-adults': ['người già', 'người cao tuổi', 'cao niên', 'lớn tuổi', 'ông bà', 'cụ già', 'tuổi già', 'về hưu', 'hưu trí', 'nhà dưỡng lão', 'viện dưỡng lão', 'trung tâm cao niên', 'người chăm sóc', 'chăm sóc tại nhà', 'bữa ăn tận nhà'],
    youth: ['thanh thiếu niên', 'thiếu niên', 'thanh niên', 'trẻ em', 'người trẻ', 'tuổi teen', 'con nít', 'con cái', 'học sinh', 'sinh viên', 'sau giờ học', 'trại hè', 'bỏ nhà đi', 'trẻ mồ côi'],
    veterans: ['cựu chiến binh', 'cựu quân nhân', 'quân nhân', 'quân đội', 'lính', 'cựu binh', 'hải quân', 'không quân', 'lục quân', 'thủy quân lục chiến', 'vnch'],
    lgbtq: ['đồng tính', 'đồng tính nữ', 'đồng tính nam', 'song tính', 'chuyển giới', 'người chuyển giới', 'lưỡng tính', 'phi nhị nguyên', 'xu hướng tính dục', 'bản dạng giới', 'công khai giới tính', 'cộng đồng lgbt', 'giới tính thứ ba'],
    childcare: ['giữ trẻ', 'nhà trẻ', 'trông trẻ', 'giữ con', 'trông con', 'người giữ trẻ', 'nhà giữ trẻ', 'vườn trẻ', 'mẫu giáo', 'mầm non', 'trợ cấp giữ trẻ'],
    education: ['trường học', 'lớp học', 'học tiếng anh', 'lớp tiếng anh', 'tiếng anh', 'giáo dục', 'giáo dục người lớn', 'xóa mù chữ', 'học đọc', 'gia sư', 'kèm học', 'đại học', 'cao đẳng', 'trung học', 'học bổng', 'bằng cấp', 'đi học', 'học vi tính'],
    'tax-help': ['khai thuế', 'đóng thuế', 'báo thuế', 'hồ sơ thuế', 'hoàn thuế', 'tiền hoàn thuế', 'thuế thu nhập', 'khai thuế miễn phí', 'giúp khai thuế', 'sở thuế'],
    'baby-supplies': ['tã giấy', 'tã lót', 'tã em bé', 'sữa bột', 'sữa cho em bé', 'sữa trẻ em', 'khăn ướt', 'quần áo em bé', 'giường em bé', 'ghế xe em bé', 'xe đẩy', 'bình sữa', 'đồ dùng em bé', 'đồ em bé'],
    pregnancy: ['có thai', 'mang thai', 'có bầu', 'mẹ bầu', 'khám thai', 'thai sản', 'sinh con', 'sinh đẻ', 'sắp sinh', 'sau sinh', 'hậu sản', 'cho con bú', 'bà mụ', 'nữ hộ sinh', 'bác sĩ sản khoa', 'sản phụ khoa', 'que thử thai'],
    'sexual-health': ['sida', 'bệnh tình dục', 'bệnh lây qua đường tình dục', 'bệnh hoa liễu', 'xét nghiệm hiv', 'thử hiv', 'bao cao su', 'ngừa thai', 'thuốc ngừa thai', 'tránh thai', 'thuốc tránh thai', 'kế hoạch hóa gia đình', 'sức khỏe tình dục', 'sức khỏe sinh sản', 'phá thai'],
    'phone-internet': ['điện thoại', 'điện thoại di động', 'di động', 'điện thoại miễn phí', 'mạng internet', 'kết nối internet', 'internet giá rẻ', 'máy tính', 'máy vi tính', 'máy tính bảng', 'cước điện thoại', 'gói cước', 'sim điện thoại'],
  },
  fillers: ['tôi', 'mình', 'chúng', 'cần', 'muốn', 'tìm', 'kiếm', 'giúp', 'đỡ', 'hỗ', 'trợ', 'xin', 'cho', 'của', 'với', 'hoặc', 'hay', 'ở', 'đâu', 'gần', 'nào', 'sao', 'có', 'không', 'được', 'thể', 'lấy', 'nhận', 'miễn', 'phí', 'dịch', 'vụ', 'chương', 'trình', 'các', 'những', 'một', 'gì', 'ai', 'bạn', 'chị', 'khu', 'vực', 'nơi'],
};
