-- Fills an empty portal database (schema from db/migration) with one generated province: 100 units (the province, 11
-- districts, 88 communes), 8 report kinds, and :reports reports (default 50,000) spread over those units, ten years of
-- periods and every status, each with :sections sections (default 16) of Vietnamese administrative prose of about
-- 1,000 characters, and council comments on a tenth of them. Deterministic (setseed), so that two runs compare.
-- psql -v reports=50000 -v sections=16 -f fill.sql
\set ON_ERROR_STOP on
\if :{?reports}
\else
\set reports 50000
\endif
\if :{?sections}
\else
\set sections 16
\endif
set client_min_messages = warning;
select setseed(0.42);

-- Units: the province, 11 districts, 8 communes under each.
insert into unit (level, parent_id, name, printed_name, place_name, symbol, council_name)
values ('PROVINCE', null, 'Tỉnh Thử Nghiệm', E'ỦY BAN NHÂN DÂN\nTỈNH THỬ NGHIỆM', 'Thử Nghiệm', 'UBND',
        'Hội đồng nhân dân tỉnh Thử Nghiệm');
insert into unit (level, parent_id, name, printed_name, place_name, symbol, council_name)
select 'DISTRICT', (select id from unit where level = 'PROVINCE'), 'Huyện Số ' || d,
       E'ỦY BAN NHÂN DÂN\nHUYỆN SỐ ' || d, 'Số ' || d, 'UBND', 'Hội đồng nhân dân huyện Số ' || d
from generate_series(1, 11) d;
insert into unit (level, parent_id, name, printed_name, place_name, symbol, council_name)
select 'COMMUNE', u.id, 'Xã ' || c || ' ' || u.place_name, E'ỦY BAN NHÂN DÂN\nXÃ ' || c, 'Xã ' || c, 'UBND',
       'Hội đồng nhân dân xã ' || c
from unit u cross join generate_series(1, 8) c where u.level = 'DISTRICT';

insert into account (username, password_hash, full_name, unit_id, role)
select 'bench' || u.id, '{noop}-', 'Văn thư ' || u.name, u.id, 'CLERK' from unit u;

-- Report kinds: monthly, quarterly, half-yearly and yearly.
insert into report_kind (code, name, document_type, type_code, period_type, deadline_working_days, title_pattern,
                         addressees, opening, numbering, outline, recipients, signature_form, signature_authority,
                         signature_title, indicators)
select 'bench-' || k.code, k.name, 'BÁO CÁO', 'BC', k.period, 5, k.name, 'Thường trực Hội đồng nhân dân', '',
       'ROMAN,ARABIC,DECIMAL,LETTER', '[]', 'Như trên;', 'TM', 'ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '[]'
from (values ('ktxh-thang', 'Tình hình kinh tế - xã hội tháng', 'MONTH'),
             ('cchc-thang', 'Công tác cải cách hành chính tháng', 'MONTH'),
             ('antt-thang', 'Tình hình an ninh, trật tự tháng', 'MONTH'),
             ('ktxh-quy', 'Tình hình kinh tế - xã hội quý', 'QUARTER'),
             ('tcd-quy', 'Công tác tiếp công dân, giải quyết khiếu nại, tố cáo quý', 'QUARTER'),
             ('6thang', 'Tình hình thực hiện nhiệm vụ 6 tháng', 'HALF_YEAR'),
             ('cddh-6thang', 'Kết quả chỉ đạo, điều hành 6 tháng', 'HALF_YEAR'),
             ('nam', 'Kiểm điểm công tác chỉ đạo, điều hành năm', 'YEAR')) k(code, name, period);

-- Topics: a section is about one topic, with a title and sentences of its own (so that a phrase is as frequent across
-- sections as in real reports: the budget is in one section of most reports, not in every section).
create temporary table topic (id int primary key, title text, sentences text[]);
insert into topic values
(1, 'Thu, chi ngân sách nhà nước', array[
  'Tổng thu ngân sách nhà nước trên địa bàn ước đạt 270 tỷ đồng, bằng 80,6% dự toán Hội đồng nhân dân giao, tăng 12,5% so với cùng kỳ.',
  'Thu ngân sách địa phương được hưởng theo phân cấp đạt khá, trong đó thu tiền sử dụng đất chiếm tỷ trọng lớn.',
  'Chi ngân sách địa phương bảo đảm các nhiệm vụ chi thường xuyên, chi đầu tư phát triển theo dự toán được giao.',
  'Công tác quản lý thu, chống thất thu ngân sách được tăng cường, nợ đọng thuế giảm so với cùng kỳ năm trước.',
  'Thực hiện tiết kiệm chi thường xuyên để tạo nguồn cải cách tiền lương theo quy định.']),
(2, 'Sản xuất nông nghiệp', array[
  'Tổng diện tích gieo trồng vụ Đông Xuân đạt 12.450 ha, năng suất lúa bình quân ước đạt 62 tạ/ha.',
  'Tình hình dịch bệnh trên đàn gia súc, gia cầm được kiểm soát, không để xảy ra dịch tả lợn châu Phi lây lan.',
  'Công tác phòng, chống hạn hán, xâm nhập mặn được triển khai kịp thời, bảo đảm nước tưới cho sản xuất.',
  'Tiếp tục chuyển đổi cơ cấu cây trồng trên đất lúa kém hiệu quả sang cây ăn quả có giá trị kinh tế cao.',
  'Sản lượng thủy sản nuôi trồng ước đạt 3.200 tấn, tăng 4,2% so với cùng kỳ.']),
(3, 'Xây dựng nông thôn mới', array[
  'Chương trình mục tiêu quốc gia xây dựng nông thôn mới tiếp tục được quan tâm chỉ đạo, huy động nhiều nguồn lực.',
  'Đến nay toàn huyện có 14 xã đạt chuẩn nông thôn mới, 3 xã đạt chuẩn nông thôn mới nâng cao.',
  'Phong trào hiến đất làm đường giao thông nông thôn được nhân dân đồng tình hưởng ứng.',
  'Chương trình mỗi xã một sản phẩm (OCOP) có thêm 6 sản phẩm đạt 3 sao.']),
(4, 'Công nghiệp, thương mại, dịch vụ', array[
  'Giá trị sản xuất công nghiệp, tiểu thủ công nghiệp ước đạt 1.850 tỷ đồng, tăng 8,1% so với cùng kỳ.',
  'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 2.340 tỷ đồng.',
  'Hoạt động thương mại, dịch vụ ổn định, hàng hóa phong phú, không xảy ra tình trạng khan hiếm, sốt giá.',
  'Công tác quản lý thị trường, chống buôn lậu, gian lận thương mại và hàng giả được tăng cường.']),
(5, 'Đầu tư xây dựng cơ bản', array[
  'Tỷ lệ giải ngân vốn đầu tư công đến nay đạt 45,3% kế hoạch vốn được giao.',
  'Tập trung đẩy nhanh tiến độ thi công các công trình trọng điểm, công tác giải phóng mặt bằng còn chậm.',
  'Công tác quyết toán dự án hoàn thành được thực hiện theo quy định, không để phát sinh nợ đọng xây dựng cơ bản.',
  'Khởi công mới 12 công trình giao thông, thủy lợi, trường học từ nguồn vốn ngân sách huyện.']),
(6, 'Tài nguyên và môi trường', array[
  'Công tác quản lý đất đai, cấp giấy chứng nhận quyền sử dụng đất lần đầu được đẩy mạnh.',
  'Tình trạng khai thác cát trái phép trên sông được kiểm tra, xử lý kịp thời.',
  'Công tác thu gom, xử lý rác thải sinh hoạt tại các xã còn gặp nhiều khó khăn.',
  'Đã xử lý 15 trường hợp vi phạm pháp luật về đất đai, lấn chiếm hành lang an toàn giao thông.']),
(7, 'Giáo dục và đào tạo', array[
  'Năm học kết thúc đúng kế hoạch, tỷ lệ học sinh tốt nghiệp trung học cơ sở đạt 99,2%.',
  'Có thêm 3 trường đạt chuẩn quốc gia, nâng tổng số trường đạt chuẩn lên 41 trường.',
  'Cơ sở vật chất trường lớp tiếp tục được đầu tư, sửa chữa, từng bước đáp ứng yêu cầu dạy và học.',
  'Công tác tuyển sinh đầu cấp được thực hiện công khai, minh bạch, đúng quy định.']),
(8, 'Y tế, dân số', array[
  'Công tác khám, chữa bệnh cho nhân dân được duy trì, chất lượng dịch vụ y tế từng bước nâng lên.',
  'Tỷ lệ dân số tham gia bảo hiểm y tế đạt 92,4%, tăng 1,1% so với cùng kỳ.',
  'Công tác phòng, chống dịch sốt xuất huyết được triển khai tích cực, không để dịch lớn xảy ra.',
  'Chương trình tiêm chủng mở rộng đạt tỷ lệ trên 95% trẻ em trong độ tuổi.']),
(9, 'Lao động, việc làm, an sinh xã hội', array[
  'Giải quyết việc làm mới cho 1.250 lao động, đạt 62,5% kế hoạch năm.',
  'Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm còn 2,15%, hộ cận nghèo còn 3,4%.',
  'Chi trả kịp thời trợ cấp cho người có công với cách mạng và đối tượng bảo trợ xã hội.',
  'Tổ chức thăm hỏi, tặng quà các gia đình chính sách nhân dịp Tết Nguyên đán.']),
(10, 'Văn hóa, thông tin, thể thao', array[
  'Phong trào toàn dân đoàn kết xây dựng đời sống văn hóa tiếp tục được duy trì và phát triển.',
  'Tổ chức thành công các hoạt động văn hóa, văn nghệ, thể dục thể thao mừng Đảng, mừng Xuân.',
  'Công tác thông tin, tuyên truyền các chủ trương của Đảng, chính sách, pháp luật của Nhà nước được thực hiện tốt.']),
(11, 'Cải cách hành chính, chuyển đổi số', array[
  'Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn đạt 98,7%, không có hồ sơ quá hạn kéo dài.',
  'Đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình, tỷ lệ hồ sơ nộp trực tuyến đạt 65%.',
  'Chuyển đổi số được triển khai đồng bộ, 100% văn bản đi được ký số và gửi trên môi trường mạng.',
  'Chỉ số cải cách hành chính và chỉ số hài lòng của người dân được cải thiện.']),
(12, 'Quốc phòng, an ninh, trật tự an toàn xã hội', array[
  'Tình hình an ninh chính trị, trật tự an toàn xã hội cơ bản ổn định.',
  'Tai nạn giao thông giảm cả ba tiêu chí so với cùng kỳ năm trước.',
  'Hoàn thành 100% chỉ tiêu giao quân, bảo đảm chất lượng và an toàn.',
  'Tội phạm về ma túy, cờ bạc được phát hiện và xử lý kịp thời.']),
(13, 'Thanh tra, tiếp công dân, giải quyết khiếu nại, tố cáo', array[
  'Tiếp 215 lượt công dân, tiếp nhận 96 đơn, trong đó đơn khiếu nại 18 đơn, tố cáo 4 đơn.',
  'Đã giải quyết 16/18 đơn khiếu nại thuộc thẩm quyền, đạt 88,9%.',
  'Công tác phòng, chống tham nhũng, lãng phí được thực hiện nghiêm túc.',
  'Triển khai 3 cuộc thanh tra hành chính, phát hiện sai phạm về kinh tế 420 triệu đồng.']),
(14, 'Tồn tại, hạn chế và nguyên nhân', array[
  'Tiến độ giải ngân vốn đầu tư công còn chậm, một số công trình chưa bảo đảm tiến độ.',
  'Công tác giải phóng mặt bằng gặp nhiều khó khăn, vướng mắc kéo dài.',
  'Thu ngân sách từ tiền sử dụng đất đạt thấp do thị trường bất động sản trầm lắng.',
  'Nguyên nhân chủ yếu là do sự phối hợp giữa các cơ quan, đơn vị có lúc chưa chặt chẽ.']),
(15, 'Nhiệm vụ, giải pháp trọng tâm kỳ tới', array[
  'Tập trung chỉ đạo thực hiện quyết liệt các giải pháp thu ngân sách, phấn đấu hoàn thành vượt dự toán.',
  'Đẩy nhanh tiến độ giải ngân vốn đầu tư công, tháo gỡ vướng mắc trong giải phóng mặt bằng.',
  'Tiếp tục thực hiện có hiệu quả Chương trình mục tiêu quốc gia xây dựng nông thôn mới.',
  'Chủ động phòng, chống thiên tai, dịch bệnh; bảo đảm an sinh xã hội, quốc phòng, an ninh.',
  'Đẩy mạnh cải cách hành chính, chuyển đổi số, nâng cao chất lượng phục vụ người dân, doanh nghiệp.']);

-- The period of each report: unit u (1..100) makes, for kind k, one report per period, from the newest period
-- backwards, until the unit has its share of :reports.
create temporary table plan as
with units as (select id, row_number() over (order by id) as n from unit),
     kinds as (select id, period_type, row_number() over (order by id) as k from report_kind where code like 'bench-%'),
     periods as (
        -- months, quarters, halves and years back from the second half of 2025
        select k.id as kind_id, k.period_type, p.start, p.number, p.len
        from kinds k
        cross join lateral (
            select (date '2025-12-01' - (g * case k.period_type when 'MONTH' then interval '1 month'
                                                                when 'QUARTER' then interval '3 months'
                                                                when 'HALF_YEAR' then interval '6 months'
                                                                else interval '1 year' end))::date as start,
                   g, case k.period_type when 'MONTH' then 1 when 'QUARTER' then 3 when 'HALF_YEAR' then 6 else 12 end
                       as len, null::int as number
            from generate_series(0, 143) g) p)
select u.id as unit_id, p.kind_id, p.period_type, date_trunc('month', p.start)::date as start, p.len,
       row_number() over (order by random()) as rn
from units u cross join periods p
where p.start >= date '2014-01-01';
-- align quarters, halves and years to their calendar starts, and drop duplicates that the alignment makes
update plan set start = make_date(extract(year from start)::int, ((extract(month from start)::int - 1) / len) * len + 1, 1)
where len > 1;
delete from plan a using plan b where a.unit_id = b.unit_id and a.kind_id = b.kind_id and a.start = b.start and a.rn > b.rn;
-- the newest periods first in each unit, so that a unit has its recent reports
create temporary table chosen as
select * from (
    select p.*, row_number() over (partition by unit_id order by start desc, kind_id) as per_unit
    from plan p) x
where per_unit <= (:reports / 100);

insert into report (unit_id, kind_id, period_type, period_year, period_number, period_start, period_end, data_from,
                    data_to, deadline, status, number, symbol, place_name, issue_date, document_type, summary,
                    addressees, opening, recipients, signature_form, signature_authority, signature_title, numbering,
                    created_by, created_at, updated_at)
select c.unit_id, c.kind_id, c.period_type, extract(year from c.start)::int,
       case c.period_type when 'YEAR' then null else (extract(month from c.start)::int - 1) / c.len + 1 end,
       c.start, (c.start + make_interval(months => c.len) - interval '1 day')::date,
       (c.start - interval '17 days')::date, (c.start + make_interval(months => c.len) - interval '17 days')::date,
       (c.start + make_interval(months => c.len) - interval '10 days')::date,
       s.status,
       case when s.status = 'ISSUED' then (row_number() over (partition by c.unit_id, extract(year from c.start),
                                                              s.status = 'ISSUED' order by c.start, c.kind_id))::int end,
       'BC-UBND', u.place_name,
       case when s.status = 'ISSUED' then (c.start + make_interval(months => c.len) - interval '12 days')::date end,
       'BÁO CÁO',
       k.name || ' ' || case c.period_type when 'YEAR' then 'năm ' || extract(year from c.start)
           else to_char(c.start, 'MM/YYYY') end || ' của ' || u.name,
       'Thường trực Hội đồng nhân dân', 'Thực hiện chương trình công tác, Ủy ban nhân dân báo cáo như sau:',
       'Như trên;', 'TM', 'ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'ROMAN,ARABIC,DECIMAL,LETTER',
       a.id, c.start + make_interval(months => c.len), c.start + make_interval(months => c.len) + interval '5 days'
from chosen c
join unit u on u.id = c.unit_id
join report_kind k on k.id = c.kind_id
join account a on a.unit_id = c.unit_id
cross join lateral (
    select case
        when c.start < date '2025-06-01' then 'ISSUED'
        else (array['DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED', 'APPROVED', 'ISSUED', 'ISSUED', 'DRAFT'])
             [1 + floor(random() * 8)::int] end as status) s
order by c.start, c.unit_id, c.kind_id;

-- Sections: a title per topic and 6-10 of its sentences, with a sentence of another topic now and then.
drop index search_entry_document_idx;
insert into report_section (report_id, position, title, body)
select r.id, g, t.title,
       (select string_agg(case when random() < 0.15 then (select o.sentences[1 + floor(random() * array_length(o.sentences, 1))::int]
                                                         from topic o where o.id = 1 + ((t.id + j) % 15))
                               else t.sentences[1 + floor(random() * array_length(t.sentences, 1))::int] end, E'\n')
        from generate_series(1, 8 + (r.id + g) % 5) j)
from report r
cross join generate_series(0, :sections - 1) g
join topic t on t.id = 1 + ((r.id * 7 + g) % 15);

-- Council comments on a tenth of the submitted-or-later reports.
insert into review_thread (report_id, section_id, section_title, status)
select s.report_id, s.id, s.title, 'OPEN'
from report_section s join report r on r.id = s.report_id
where r.status <> 'DRAFT' and r.id % 10 = 3 and s.position in (1, 4);
insert into review_comment (thread_id, author_account_id, author_name, author_role, body)
select t.id, (select min(id) from account), 'Thường trực HĐND',
       'COUNCIL_REVIEWER',
       (array['Đề nghị bổ sung số liệu thu ngân sách so với cùng kỳ.',
              'Làm rõ nguyên nhân giải ngân vốn đầu tư công chậm.',
              'Đề nghị đánh giá cụ thể kết quả xây dựng nông thôn mới.',
              'Bổ sung giải pháp giảm tỷ lệ hộ nghèo.'])[1 + (t.id % 4)::int]
from review_thread t;

create index search_entry_document_idx on search_entry using gin (document);
vacuum analyze;
