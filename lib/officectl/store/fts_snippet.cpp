#include "officectl/store/fts_snippet.hpp"

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

namespace officectl::store {
namespace {

// Returned by a tokenizer callback to stop early (the text past it is not needed).
constexpr int k_stop = SQLITE_DONE;

// One phrase instance of a column: its first token and its phrase.
struct Instance {
    int offset = 0;
    int phrase = 0;
};

// The row's phrase instances, by column, each column's in offset order (the
// order xInst gives them in).
struct Instances {
    std::vector<std::vector<Instance>> by_column;
    std::vector<int> phrase_size;
};

int read_instances(const Fts5ExtensionApi* api, Fts5Context* fts, int columns, Instances& out) {
    out.by_column.assign(static_cast<std::size_t>(std::max(columns, 0)), {});
    int phrases = api->xPhraseCount(fts);
    out.phrase_size.resize(static_cast<std::size_t>(std::max(phrases, 0)));
    for (int p = 0; p < phrases; ++p) {
        out.phrase_size[static_cast<std::size_t>(p)] = api->xPhraseSize(fts, p);
    }
    int count = 0;
    int rc = api->xInstCount(fts, &count);
    for (int i = 0; rc == SQLITE_OK && i < count; ++i) {
        int phrase = 0, column = 0, offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK && column >= 0 && column < columns) {
            out.by_column[static_cast<std::size_t>(column)].push_back({offset, phrase});
        }
    }
    return rc;
}

// The score of the window [start, start + tokens) of one column, as FTS5's
// snippet() scores it: 1000 for each phrase's first instance in it, 1 for each
// further one; and where a window of `tokens` around its instances would start.
// Only the instances inside the window are visited.
struct Scorer {
    const std::vector<Instance>& column;
    const std::vector<int>& phrase_size;
    std::vector<std::uint32_t> seen; // per phrase: the call that saw it last
    std::uint32_t call = 0;

    int score(std::int64_t start, int tokens, int column_tokens, int* adjusted) {
        ++call;
        auto end = start + tokens;
        auto it = std::lower_bound(column.begin(), column.end(), start,
                                   [](const Instance& i, std::int64_t s) { return i.offset < s; });
        int total = 0, first = -1, last = 0;
        for (; it != column.end() && it->offset < end; ++it) {
            auto& mark = seen[static_cast<std::size_t>(it->phrase)];
            total += mark == call ? 1 : 1000;
            mark = call;
            if (first < 0) {
                first = it->offset;
            }
            last = it->offset + phrase_size[static_cast<std::size_t>(it->phrase)];
        }
        if (adjusted != nullptr) {
            std::int64_t adj = first - (tokens - (last - first)) / 2;
            if (adj + tokens > column_tokens) {
                adj = column_tokens - tokens;
            }
            *adjusted = static_cast<int>(adj < 0 ? 0 : adj);
        }
        return total;
    }
};

// The first token of each sentence of a column (a token after `.` or `:` and
// white space), found by tokenizing no further than token `up_to`.
struct SentenceFinder {
    const char* doc = nullptr;
    int position = 0;
    int up_to = 0;
    std::vector<int> starts;

    static int on_token(void* self, int flags, const char*, int, int start, int) {
        auto* me = static_cast<SentenceFinder*>(self);
        if (flags & FTS5_TOKEN_COLOCATED) {
            return SQLITE_OK;
        }
        if (me->position > me->up_to) {
            return k_stop;
        }
        if (me->position > 0) {
            int i = start - 1;
            char c = 0;
            for (; i >= 0; --i) {
                c = me->doc[i];
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                    break;
                }
            }
            if (i != start - 1 && (c == '.' || c == ':')) {
                me->starts.push_back(me->position);
            }
        } else {
            me->starts.push_back(0);
        }
        ++me->position;
        return SQLITE_OK;
    }
};

// Coalesced phrase instances of a column: overlapping ones count as one match.
struct Coalesced {
    const std::vector<Instance>& column;
    const std::vector<int>& phrase_size;
    std::size_t next_index = 0;
    int start = -1, end = -1;

    void next() {
        start = end = -1;
        for (; next_index < column.size(); ++next_index) {
            const auto& i = column[next_index];
            int last = i.offset - 1 + phrase_size[static_cast<std::size_t>(i.phrase)];
            if (start < 0) {
                start = i.offset;
                end = last;
            } else if (i.offset <= end) {
                end = std::max(end, last);
            } else {
                break;
            }
        }
    }
};

// The window's text with its matches between the open and close marks, as
// FTS5's highlight callback writes it; stops after the window's last token.
struct Highlighter {
    int range_start = 0, range_end = 0;
    const char* open = "";
    const char* close = "";
    const char* text = nullptr;
    Coalesced* matches = nullptr;
    int position = 0;
    int copied = 0; // bytes of `text` dealt with
    std::string out;

    void copy_to(int offset) {
        if (offset > copied) {
            out.append(text + copied, static_cast<std::size_t>(offset - copied));
        }
    }

    static int on_token(void* self, int flags, const char*, int, int start, int end) {
        auto* me = static_cast<Highlighter*>(self);
        if (flags & FTS5_TOKEN_COLOCATED) {
            return SQLITE_OK;
        }
        int pos = me->position++;
        if (me->range_end > 0) {
            if (pos > me->range_end) {
                return k_stop;
            }
            if (pos < me->range_start) {
                return SQLITE_OK;
            }
            if (me->range_start != 0 && pos == me->range_start) {
                me->copied = start;
            }
        }
        auto& m = *me->matches;
        if (pos == m.start) {
            me->copy_to(start);
            me->out += me->open;
            me->copied = start;
        }
        if (pos == m.end) {
            if (me->range_end != 0 && m.start < me->range_start) {
                me->out += me->open;
            }
            me->copy_to(end);
            me->out += me->close;
            me->copied = end;
            m.next();
        }
        if (me->range_end > 0 && pos == me->range_end) {
            me->copy_to(end);
            me->copied = end;
            if (pos >= m.start && pos < m.end) {
                me->out += me->close;
            }
        }
        return SQLITE_OK;
    }
};

const char* text_of(sqlite3_value* v) {
    const auto* t = reinterpret_cast<const char*>(sqlite3_value_text(v));
    return t != nullptr ? t : "";
}

void bounded_snippet(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* ctx, int argc, sqlite3_value** argv) {
    if (argc != 5) {
        sqlite3_result_error(ctx, "wrong number of arguments to function bounded_snippet()", -1);
        return;
    }
    int columns = api->xColumnCount(fts);
    int only = sqlite3_value_int(argv[0]);
    const char* ellipsis = text_of(argv[3]);
    int tokens = sqlite3_value_int(argv[4]);
    Instances inst;
    int rc = read_instances(api, fts, columns, inst);
    int best_column = only >= 0 ? only : 0;
    int best_start = 0, best_score = 0, best_column_tokens = 0;
    for (int c = 0; rc == SQLITE_OK && c < columns; ++c) {
        if (only >= 0 && only != c) {
            continue;
        }
        const auto& column = inst.by_column[static_cast<std::size_t>(c)];
        int doc_bytes = 0, doc_tokens = 0;
        SentenceFinder sentences;
        rc = api->xColumnText(fts, c, &sentences.doc, &doc_bytes);
        if (rc != SQLITE_OK) {
            break;
        }
        sentences.up_to = column.empty() ? 0 : column.back().offset;
        rc = api->xTokenize(fts, sentences.doc, doc_bytes, &sentences, SentenceFinder::on_token);
        rc = rc == k_stop ? SQLITE_OK : rc;
        if (rc == SQLITE_OK) {
            rc = api->xColumnSize(fts, c, &doc_tokens);
        }
        Scorer scorer{column, inst.phrase_size, std::vector<std::uint32_t>(inst.phrase_size.size(), 0)};
        for (std::size_t k = 0; rc == SQLITE_OK && k < column.size(); ++k) {
            int at = column[k].offset;
            if (at > doc_tokens) {
                rc = SQLITE_CORRUPT_VTAB;
                break;
            }
            int adjusted = 0;
            int score = scorer.score(at, tokens, doc_tokens, &adjusted);
            if (score > best_score) {
                best_score = score;
                best_column = c;
                best_start = adjusted;
                best_column_tokens = doc_tokens;
            }
            if (!sentences.starts.empty() && doc_tokens > tokens) {
                // The last sentence start at or before this instance.
                auto s = std::upper_bound(sentences.starts.begin(), sentences.starts.end(), at);
                int sentence = s == sentences.starts.begin() ? sentences.starts.front() : *(s - 1);
                if (sentence < at) {
                    int with_start = scorer.score(sentence, tokens, doc_tokens, nullptr) + (sentence == 0 ? 120 : 100);
                    if (with_start > best_score) {
                        best_score = with_start;
                        best_column = c;
                        best_start = sentence;
                        best_column_tokens = doc_tokens;
                    }
                }
            }
        }
    }
    Highlighter h;
    int text_bytes = 0;
    if (rc == SQLITE_OK) {
        rc = api->xColumnText(fts, best_column, &h.text, &text_bytes);
    }
    if (rc == SQLITE_OK && best_column_tokens == 0) {
        rc = api->xColumnSize(fts, best_column, &best_column_tokens);
    }
    if (rc == SQLITE_OK && h.text != nullptr) {
        static const std::vector<Instance> k_none;
        auto in_column = static_cast<std::size_t>(best_column) < inst.by_column.size();
        Coalesced matches{in_column ? inst.by_column[static_cast<std::size_t>(best_column)] : k_none, inst.phrase_size};
        matches.next();
        h.matches = &matches;
        h.open = text_of(argv[1]);
        h.close = text_of(argv[2]);
        h.range_start = best_start;
        h.range_end = best_start + tokens - 1;
        if (best_start > 0) {
            h.out += ellipsis;
        }
        while (matches.start >= 0 && matches.start < best_start) {
            matches.next();
        }
        rc = api->xTokenize(fts, h.text, text_bytes, &h, Highlighter::on_token);
        rc = rc == k_stop ? SQLITE_OK : rc;
        if (h.range_end >= best_column_tokens - 1) {
            h.copy_to(text_bytes);
        } else {
            h.out += ellipsis;
        }
    }
    if (rc == SQLITE_OK) {
        sqlite3_result_text(ctx, h.out.c_str(), static_cast<int>(h.out.size()), SQLITE_TRANSIENT);
    } else {
        sqlite3_result_error_code(ctx, rc);
    }
}

fts5_api* fts5_of(sqlite3* db) {
    fts5_api* api = nullptr;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    return api;
}

} // namespace

bool register_bounded_snippet(sqlite3* db) {
    fts5_api* api = fts5_of(db);
    if (api == nullptr || api->iVersion < 2) {
        return false;
    }
    return api->xCreateFunction(api, "bounded_snippet", nullptr, bounded_snippet, nullptr) == SQLITE_OK;
}

} // namespace officectl::store
