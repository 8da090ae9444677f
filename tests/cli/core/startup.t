Start-up is most of what a small command costs (a script calls officectl once
per line), and most of start-up is the dynamic loader: every shared object is
mapped and relocated for every command. The count may go down, never up
silently: raise the bound only with a reason in the README (issue 25). The
bound is the release build's: the sanitizer builds bring their runtimes and
link more of libical's; faketime (preloaded by tests/other_dates.sh) is not
counted.

  $ if ldd "$(command -v officectl)" | grep -q -e libasan -e libtsan; then n=0; else
  >   n=$(ldd "$(command -v officectl)" | grep -v -e libfaketime | wc -l); fi
  $ test "$n" -le 32 && echo "at most 32 shared objects"
  at most 32 shared objects

Linked in, not loaded: the small libraries Debian ships as archives.

  $ ldd "$(command -v officectl)" | grep -c -e libsqlite3 -e libcsv -e libutf8proc -e libnettle -e libre2
  0
  [1]
