#include "officectl/io/mail_in_order.hpp"

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <map>
#include <mutex>
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
// bound, so the two cannot block each other. Parsers must be able to run well
// ahead: with only a few units of slack, two parsers waited on each other.
constexpr std::size_t k_sources_per_unit = 32;
constexpr std::size_t k_batch = 64;
constexpr std::size_t k_batches_waiting = 4;
constexpr std::size_t k_messages_waiting = 1024;

struct Unit {
    std::deque<MailBatch> ready;
    bool done = false;
    std::exception_ptr error;
};

struct Stopped {};

class Pipeline {
public:
    Pipeline(const std::vector<MailSource>& sources, const std::string& keep_dir)
        : m_sources(sources), m_keep_dir(keep_dir), m_unit_count((sources.size() + k_sources_per_unit - 1) / k_sources_per_unit) {}

    void parse() { // one parser thread
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
            try {
                parse_unit(k);
            } catch (const Stopped&) {
                return;
            } catch (...) {
                std::lock_guard lock(m_mutex);
                m_units[k].error = std::current_exception();
            }
            std::lock_guard lock(m_mutex);
            m_units[k].done = true;
            m_for_consumer.notify_one();
        }
    }

    void consume(const std::function<void(MailBatch&)>& consume) { // the calling thread
        for (std::size_t k = 0; k < m_unit_count; ++k) {
            for (;;) {
                MailBatch batch;
                {
                    std::unique_lock lock(m_mutex);
                    m_for_consumer.wait(lock, [&] {
                        auto it = m_units.find(k);
                        return it != m_units.end() && (!it->second.ready.empty() || it->second.done);
                    });
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

    const std::vector<MailSource>& m_sources;
    const std::string& m_keep_dir;
    const std::size_t m_unit_count;
    std::mutex m_mutex;
    std::condition_variable m_for_parsers, m_for_consumer;
    std::map<std::size_t, Unit> m_units; // the units being parsed or waiting to be consumed
    std::size_t m_next = 0;              // the next unit a parser takes
    std::size_t m_waiting = 0;           // parsed messages not yet consumed
    bool m_stop = false;
};

} // namespace

void read_mail_in_order(const std::vector<MailSource>& sources, const std::string& keep_dir, int parsers,
                        const std::function<void(MailBatch&)>& consume) {
    auto count = static_cast<std::size_t>(parsers < 1 ? 1 : parsers);
    Pipeline pipeline(sources, keep_dir);
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < count; ++i) {
        threads.emplace_back([&] { pipeline.parse(); });
    }
    try {
        pipeline.consume(consume);
    } catch (...) {
        pipeline.stop();
        for (auto& t : threads) {
            t.join();
        }
        throw;
    }
    pipeline.stop(); // every unit was consumed; parsers waiting for work end
    for (auto& t : threads) {
        t.join();
    }
}

} // namespace officectl::io
