#include "officectl/report/report_mail.hpp"

#include "officectl/io/mail_compose.hpp"

namespace officectl::report {

std::string report_mail(const render::Report& report, const render::RenderOptions& options,
                        const std::optional<std::string>& from, const std::vector<std::string>& to, core::Instant now) {
    auto text_options = options;
    text_options.format = render::Format::table;
    text_options.color = false;
    text_options.width = 0; // a mail client wraps; nothing is cut
    auto html_options = options;
    html_options.format = render::Format::html;
    io::OutgoingMail mail;
    mail.from = from;
    mail.to = to;
    mail.subject = report.title;
    mail.date = now;
    mail.text = render::render_report(report, text_options);
    mail.html = render::render_report(report, html_options);
    return io::compose_mail(mail);
}

} // namespace officectl::report
