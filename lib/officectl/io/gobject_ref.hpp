#pragma once
// Owns one GObject reference (GMime's messages, parts, streams, address lists),
// for the mail module's reader and composer.
#include <glib-object.h>

namespace officectl::io {

template <typename T> class GRef {
public:
    explicit GRef(T* ptr) : m_p(ptr) {}
    GRef(const GRef&) = delete;
    GRef& operator=(const GRef&) = delete;
    ~GRef() {
        if (m_p != nullptr) {
            g_object_unref(m_p);
        }
    }
    T* get() const { return m_p; }

private:
    T* m_p = nullptr;
};

} // namespace officectl::io
