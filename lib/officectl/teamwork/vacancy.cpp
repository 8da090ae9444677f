// Rendering a vacancy: the drafting engine of the correspondence (mail/draft).

#include "officectl/teamwork/vacancy.hpp"

#include "officectl/core/error.hpp"
#include "officectl/mail/draft.hpp"

namespace officectl::teamwork {

std::string builtin_vacancy_template(core::Language lang) {
    auto text = mail::builtin_template("vacancy", lang);
    if (!text) {
        throw Error(ExitCode::io, "the built-in vacancy template is missing from this officectl");
    }
    return std::string(*text);
}

std::string render_vacancy(const std::string& template_text, const std::string& template_name, const std::string& title,
                           const std::map<std::string, std::string>& vars) {
    auto all = vars;
    all["title"] = title;
    return mail::render_draft(template_text, template_name, all);
}

} // namespace officectl::teamwork
