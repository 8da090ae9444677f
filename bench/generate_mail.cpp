// Writes a realistic Maildir and mbox for the import benchmark: office mail with
// threads, Latin-1 and UTF-8 bodies, encoded subjects, HTML alternatives and a
// small PDF attachment now and then. Deterministic: the same N, the same files.
//   officectl_bench_mail maildir DIR N
//   officectl_bench_mail mbox FILE N

#include <fmt/format.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace {

constexpr std::array<const char*, 8> k_senders{"marie.dubois@ricoh.be", "aanslag@minfin.fed.be", "info@canon.be",
                                               "events@sodexo.be",      "jan.peeters@colruyt.be", "an@ourcompany.be",
                                               "bert@ourcompany.be",    "facturatie@proximus.be"};
constexpr std::array<const char*, 8> k_subjects{"Offerte kopieertoestel", "Aanslagbiljet", "Factuur december",
                                                "Catering nieuwjaarsreceptie", "Levering toner", "Vergadering budget",
                                                "Contract onderhoud", "Herinnering betaling"};

std::string message(int i) {
    std::string from = k_senders[i % k_senders.size()];
    std::string subject = fmt::format("{} {}", k_subjects[(i / 3) % k_subjects.size()], i);
    if (i % 5 == 0) { // an RFC 2047 subject in ISO-8859-1
        subject = fmt::format("=?ISO-8859-1?Q?Financi=EBn_{}?=", i);
    }
    std::string m = fmt::format("From: {}\nTo: an@ourcompany.be\nSubject: {}\n"
                                "Date: {}, {:02} Nov 2026 {:02}:{:02}:00 +0100\nMessage-ID: <m{}@bench.example>\n",
                                from, subject, i % 2 ? "Mon" : "Tue", 1 + i % 28, 8 + i % 10, i % 60, i);
    if (i % 4 == 1 && i > 0) {
        m += fmt::format("In-Reply-To: <m{}@bench.example>\nReferences: <m{}@bench.example>\n", i - 1, i - 1);
    }
    m += "MIME-Version: 1.0\n";
    std::string text = fmt::format("Beste collega,\n\nIn verband met dossier {} stuur ik u de gevraagde gegevens. "
                                   "Gelieve de bijlage na te kijken en ons te laten weten of alles in orde is.\n\n"
                                   "Met vriendelijke groeten,\nAfdeling {}\n",
                                   i, i % 7);
    if (i % 10 == 3) { // multipart: text, HTML and a small PDF
        m += "Content-Type: multipart/mixed; boundary=\"b1\"\n\n--b1\n"
             "Content-Type: multipart/alternative; boundary=\"b2\"\n\n--b2\n"
             "Content-Type: text/plain; charset=utf-8\n\n" +
             text + "\n--b2\nContent-Type: text/html; charset=utf-8\n\n<p>" + text + "</p>\n--b2--\n\n--b1\n" +
             "Content-Type: application/pdf; name=\"bijlage.pdf\"\nContent-Disposition: attachment; filename=\"bijlage.pdf\"\n"
             "Content-Transfer-Encoding: base64\n\nJVBERi0xLjQKJcfsj6IKMSAwIG9iago8PD4+CmVuZG9iagp0cmFpbGVyCjw8Pj4KJSVFT0YK\n\n--b1--\n";
    } else if (i % 10 == 7) { // Latin-1 body
        m += "Content-Type: text/plain; charset=ISO-8859-1\nContent-Transfer-Encoding: 8bit\n\n" + text +
             "Financi\xebn, co\xf6rdinatie.\n";
    } else {
        m += "Content-Type: text/plain; charset=utf-8\n\n" + text;
    }
    return m;
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: %s maildir DIR N | mbox FILE N\n", argv[0]);
        return 64;
    }
    std::string kind = argv[1];
    std::filesystem::path where = argv[2];
    int n = std::stoi(argv[3]);
    if (kind == "maildir") {
        for (const char* sub : {"cur", "new", "tmp"}) {
            std::filesystem::create_directories(where / sub);
        }
        for (int i = 0; i < n; ++i) {
            std::ofstream(where / "cur" / fmt::format("{}.M{}P1.bench:2,S", 1700000000 + i, i), std::ios::binary) << message(i);
        }
    } else if (kind == "mbox") {
        std::ofstream out(where, std::ios::binary);
        for (int i = 0; i < n; ++i) {
            out << "From bench@example Mon Nov  2 10:00:00 2026\n" << message(i) << "\n";
        }
    } else {
        std::fprintf(stderr, "unknown kind %s\n", kind.c_str());
        return 64;
    }
    return 0;
}
