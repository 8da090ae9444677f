Start-up is most of what a small command costs (a script calls officectl once
per line), and most of start-up is the dynamic loader: every shared object is
mapped and relocated for every command. The count may go down, never up
silently: raise the bound only with a reason in the README (issue 25). The
sanitizers' own runtimes and faketime (preloaded by tests/other_dates.sh) are not
counted.

  $ n=$(ldd "$(command -v officectl)" | grep -v -e libasan -e libubsan -e libtsan -e libfaketime | wc -l)
  $ test "$n" -le 32 && echo "at most 32 shared objects"
  at most 32 shared objects

Linked in, not loaded: the small libraries Debian ships as archives.

  $ ldd "$(command -v officectl)" | grep -c -e libsqlite3 -e libcsv -e libutf8proc -e libnettle -e libre2
  0
  [1]
