#include "officectl/io/mail_in_order.hpp"

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <iterator>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>

namespace officectl::io {
namespace {

// The work is cut into units of consecutive sources; a parser takes the next unit
// and puts what it reads into that unit's own queue, and the consumer empties the
// units one after the other. Memory is bounded twice: a parser takes a new unit
// only while fewer than k_messages_waiting parsed messages wait, and a unit holds
// at most k_batches_waiting batches (an mbox is one source, so one unit, read as
// it is consumed). The parser of the unit being consumed never waits on the first
// bound, so the two cannot block each other. What waits when the parsing ends is
// written by the consumer alone: the bound keeps that tail short.
constexpr std::size_t k_sources_per_unit = 32;
constexpr std::size_t k_batch = 64;
constexpr std::size_t k_batches_waiting = 4;
constexpr std::size_t k_messages_waiting = 256;
// A unit of one-message files is handed over whole, in one batch (see claim_for_consumer).
static_assert(k_sources_per_unit <= k_batch);

struct Unit {
    std::deque<MailBatch> ready;
    bool done = false;
    std::exception_ptr error;
};

struct Stopped {};

} // namespace

class MailPipeline::Pipeline {
public:
    Pipeline(std::vector<std::string> paths, std::string keep_dir) : m_paths(std::move(paths)), m_keep_dir(std::move(keep_dir)) {}

    void parse() { // one parser thread
        if (!list_once()) {
            return;
        }
        for (;;) {
            std::size_t k = 0;
            {
                std::unique_lock lock(m_mutex);
                m_for_parsers.wait(lock, [&] { return m_stop || m_next >= m_unit_count || m_waiting < k_messages_waiting; });
                if (m_stop || m_next >= m_unit_count) {
                    return;
                }
                k = m_next++;
                m_units[k];
            }
            if (!parse_claimed(k)) {
                return;
            }
        }
    }

    void consume(const std::function<void(MailBatch&)>& consume) { // the calling thread
        {
            std::unique_lock lock(m_mutex);
            m_for_consumer.wait(lock, [&] { return m_listed; });
            if (m_list_error) {
                std::rethrow_exception(m_list_error);
            }
        }
        for (std::size_t k = 0; k < m_unit_count; ++k) {
            for (;;) {
                MailBatch batch;
                {
                    std::unique_lock lock(m_mutex);
                    for (;;) {
                        auto it = m_units.find(k);
                        if (it != m_units.end() && (!it->second.ready.empty() || it->second.done)) {
                            break;
                        }
                        if (auto j = claim_for_consumer()) {
                            lock.unlock();
                            parse_claimed(*j);
                            lock.lock();
                        } else {
                            m_for_consumer.wait(lock);
                        }
                    }
                    auto& unit = m_units[k];
                    if (unit.ready.empty()) { // done
                        if (unit.error) {
                            std::rethrow_exception(unit.error);
                        }
                        m_units.erase(k);
                        break;
                    }
                    batch = std::move(unit.ready.front());
                    unit.ready.pop_front();
                    m_waiting -= batch.size();
                    m_for_parsers.notify_all();
                }
                consume(batch);
            }
        }
    }

    void stop() {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        m_for_parsers.notify_all();
    }

private:
    // Parses unit k, claimed by this thread, and marks it done. False when stopped.
    bool parse_claimed(std::size_t k) {
        try {
            parse_unit(k);
        } catch (const Stopped&) {
            return false;
        } catch (...) {
            std::lock_guard lock(m_mutex);
            m_units[k].error = std::current_exception();
        }
        std::lock_guard lock(m_mutex);
        m_units[k].done = true;
        m_for_consumer.notify_one();
        return true;
    }

    // The consumer, with nothing to consume yet, parses the next unit itself rather
    // than wait: with as many threads as cores, a waiting consumer is a core left
    // idle. Only a unit of one-message files (at most one batch, so handing it over
    // never waits on the consumer itself), and only within the memory bound.
    // Called with the lock held.
    std::optional<std::size_t> claim_for_consumer() {
        if (m_next >= m_unit_count || m_waiting >= k_messages_waiting) {
            return std::nullopt;
        }
        auto first = m_next * k_sources_per_unit;
        auto end = std::min(m_sources.size(), first + k_sources_per_unit);
        for (auto i = first; i < end; ++i) {
            if (!m_sources[i].maildir_message) {
                return std::nullopt;
            }
        }
        auto k = m_next++;
        m_units[k];
        return k;
    }

    void parse_unit(std::size_t k) {
        MailBatch batch;
        auto hand_over = [&] {
            std::unique_lock lock(m_mutex);
            m_for_parsers.wait(lock, [&] { return m_stop || m_units[k].ready.size() < k_batches_waiting; });
            if (m_stop) {
                throw Stopped{};
            }
            m_waiting += batch.size();
            m_units[k].ready.push_back(std::exchange(batch, {}));
            m_for_consumer.notify_one();
        };
        auto add = [&](MailEntry e) {
            batch.push_back(std::move(e));
            if (batch.size() == k_batch) {
                hand_over();
            }
        };
        auto end = std::min(m_sources.size(), (k + 1) * k_sources_per_unit);
        for (auto i = k * k_sources_per_unit; i < end; ++i) {
            read_source(
                m_sources[i], [&](ParsedMail&& m) { add({std::move(m), {}}); },
                [&](SkippedFile&& s) { add({std::nullopt, std::move(s.why)}); }, m_keep_dir);
        }
        if (!batch.empty()) {
            hand_over();
        }
    }

    // The first parser lists the sources (a Maildir of 20 000 files takes a while
    // to list and sort), the others wait for it. False when there is nothing to do.
    bool list_once() {
        {
            std::unique_lock lock(m_mutex);
            if (m_listing) {
                m_for_parsers.wait(lock, [&] { return m_listed || m_stop; });
                return m_listed && !m_list_error && !m_stop;
            }
            m_listing = true;
        }
        std::vector<MailSource> sources;
        std::exception_ptr error;
        try {
            for (const auto& path : m_paths) {
                auto found = mail_sources(path);
                sources.insert(sources.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
            }
        } catch (...) {
            error = std::current_exception();
        }
        std::lock_guard lock(m_mutex);
        m_sources = std::move(sources);
        m_unit_count = (m_sources.size() + k_sources_per_unit - 1) / k_sources_per_unit;
        m_list_error = error;
        m_listed = true;
        m_for_parsers.notify_all();
        m_for_consumer.notify_one();
        return !error;
    }

    const std::vector<std::string> m_paths;
    const std::string m_keep_dir;
    std::vector<MailSource> m_sources; // set once, by list_once
    std::size_t m_unit_count = 0;
    bool m_listing = false, m_listed = false;
    std::exception_ptr m_list_error;
    std::mutex m_mutex;
    std::condition_variable m_for_parsers, m_for_consumer;
    std::map<std::size_t, Unit> m_units; // the units being parsed or waiting to be consumed
    std::size_t m_next = 0;              // the next unit a parser takes
    std::size_t m_waiting = 0;           // parsed messages not yet consumed
    bool m_stop = false;
};

MailPipeline::MailPipeline(std::vector<std::string> paths, std::string keep_dir, int parsers)
    : m_pipeline(std::make_unique<Pipeline>(std::move(paths), std::move(keep_dir))) {
    try {
        for (int i = 0; i < (parsers < 1 ? 1 : parsers); ++i) {
            m_threads.emplace_back([this] { m_pipeline->parse(); });
        }
    } catch (...) { // no thread to be had: stop those that started
        stop_and_join();
        throw;
    }
}

MailPipeline::~MailPipeline() { stop_and_join(); }

void MailPipeline::stop_and_join() {
    m_pipeline->stop(); // parsers waiting for room or for work end
    for (auto& t : m_threads) {
        if (t.joinable()) {
            t.join();
        }
    }
}

void MailPipeline::consume(const std::function<void(MailBatch&)>& consume) { m_pipeline->consume(consume); }

} // namespace officectl::io
