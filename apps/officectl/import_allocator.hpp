#pragma once
// The mail import allocates and frees small objects by the hundred per message
// (GLib and GMime): with mimalloc it parses a tenth faster. But an allocator
// loaded by every start costs every other command 3-5 ms (issue 25), so only
// `mail import` runs with it: officectl starts itself once more, with mimalloc
// preloaded (LD_PRELOAD, before whatever was preloaded already).

namespace officectl::app {

// `argv[mail_at]` is the group word `mail`. Does not return when it starts
// officectl again; returns when the command is not `mail import`, when
// OFFICECTL_MALLOC is set (the user's way to turn it off), when mimalloc is not
// installed (or the build has none: the sanitizers bring their own allocator),
// or when the start fails (then the import runs with the system's malloc). In
// the second start it puts LD_PRELOAD back as it was, so that nothing the
// import starts inherits mimalloc.
void restart_import_with_mimalloc(int argc, char** argv, int mail_at);

} // namespace officectl::app
