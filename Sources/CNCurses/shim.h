/*
 * The C side of TerminalUI's access to ncursesw.
 *
 * Why a shim: Swift imports functions and simple constants, but not
 *   - function-like or expression macros (A_BOLD, BUTTON1_PRESSED, ALL_MOUSE_EVENTS, ...),
 *   - global mutable C state in Swift 6 mode (stdscr, stdin, stdout, cur_term),
 *   - glibc's wcwidth (declared only under feature macros the Glibc module is not built with).
 * Everything here is re-exported as `static const` values or `static inline` functions, prefixed
 * `cn_` / `CN_` so the names cannot collide with the macros they wrap.
 */
#ifndef SPEECHREADER_CNCURSES_SHIM_H
#define SPEECHREADER_CNCURSES_SHIM_H

/* Must come before the curses header: it is what declares the wide-character API. */
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <signal.h>
#include <termios.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include <poll.h>

#if __has_include(<ncursesw/curses.h>)
#include <ncursesw/curses.h>
#else
#include <curses.h>
#endif

/* term.h defines hundreds of lower-case capability macros (lines, columns, bell, ...); it is
 * included last so that none of them can rewrite a declaration in the headers above. */
#if __has_include(<ncursesw/term.h>)
#include <ncursesw/term.h>
#else
#include <term.h>
#endif

/* ---- video attributes (expression macros in curses.h) ---- */
static const attr_t CN_A_NORMAL = A_NORMAL;
static const attr_t CN_A_BOLD = A_BOLD;
static const attr_t CN_A_REVERSE = A_REVERSE;
static const attr_t CN_A_UNDERLINE = A_UNDERLINE;
static const attr_t CN_A_DIM = A_DIM;
#ifdef A_ITALIC
static const attr_t CN_A_ITALIC = A_ITALIC;
#else
static const attr_t CN_A_ITALIC = A_NORMAL;
#endif

/* ---- mouse masks (expression macros built from NCURSES_MOUSE_MASK) ---- */
static const mmask_t CN_BUTTON1_PRESSED = BUTTON1_PRESSED;
static const mmask_t CN_BUTTON1_RELEASED = BUTTON1_RELEASED;
static const mmask_t CN_BUTTON1_CLICKED = BUTTON1_CLICKED;
static const mmask_t CN_BUTTON1_DOUBLE_CLICKED = BUTTON1_DOUBLE_CLICKED;
static const mmask_t CN_BUTTON4_PRESSED = BUTTON4_PRESSED;
#ifdef BUTTON5_PRESSED
static const mmask_t CN_BUTTON5_PRESSED = BUTTON5_PRESSED;
#else
/* NCURSES_MOUSE_VERSION 1 has no button 5: the wheel-down event cannot be reported. */
static const mmask_t CN_BUTTON5_PRESSED = 0;
#endif
static const mmask_t CN_ALL_MOUSE_EVENTS = ALL_MOUSE_EVENTS;
static const mmask_t CN_REPORT_MOUSE_POSITION = REPORT_MOUSE_POSITION;

/* ---- key codes that are function-like macros ---- */
static inline int cn_key_f(int n) { return KEY_F(n); }

/* ---- global C state, read through functions (Swift 6 rejects mutable C globals) ---- */
static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline FILE *cn_stdin(void) { return stdin; }
static inline FILE *cn_stdout(void) { return stdout; }
static inline int cn_color_pairs(void) { return COLOR_PAIRS; }

/* ---- width of one code point under the current LC_CTYPE (glibc; needs a UTF-8 locale) ---- */
extern int wcwidth(wchar_t wc);
static inline int cn_wcwidth(unsigned int codePoint) { return wcwidth((wchar_t)codePoint); }

/* ---- locale ---- */

/* setlocale(LC_CTYPE, "") — the user's character set from LC_ALL / LC_CTYPE / LANG; 1 on success.
   Only LC_CTYPE: it is all ncurses and wcwidth use, and each further category is another file
   (or two) read at every start. LC_ALL in the environment still governs LC_CTYPE. */
static inline int cn_setlocale_from_environment(void) { return setlocale(LC_CTYPE, "") != NULL; }

/* setlocale(LC_CTYPE, name); 1 on success. */
static inline int cn_setlocale_ctype(const char *name) { return setlocale(LC_CTYPE, name) != NULL; }

/* 1 when the current LC_CTYPE codeset is UTF-8 (glibc spells it "UTF-8"; others "utf8"). */
static inline int cn_codeset_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    if (codeset == NULL) return 0;
    return strcasecmp(codeset, "UTF-8") == 0 || strcasecmp(codeset, "UTF8") == 0;
}

/* The current LC_CTYPE codeset name, for error messages. Never NULL. */
static inline const char *cn_codeset(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL ? codeset : "";
}

/* ---- terminal probe without side effects ----
 * initscr() prints "Error opening terminal" and exits the process when TERM is unknown;
 * setupterm() with an error pointer only reports. Returns
 *    1  the terminal is known and can address the cursor (cup),
 *    0  the terminal is unknown to terminfo,
 *   -1  no terminfo database was found,
 *    2  the terminal is known but cannot address the cursor (e.g. "dumb", hard-copy).
 * The TERMINAL that setupterm allocated is freed again, so a later newterm() starts clean. */
static inline int cn_probe_terminal(const char *name) {
    int error = 0;
    if (setupterm(name, STDOUT_FILENO, &error) != OK) {
        return error == -1 ? -1 : 0;
    }
    const char *cup = tigetstr("cup");
    int addressable = (cup != NULL && cup != (const char *)-1);
    TERMINAL *probed = set_curterm(NULL);
    if (probed != NULL) del_curterm(probed);
    return addressable ? 1 : 2;
}

/* ---- termios: turn off XON/XOFF so Ctrl-S / Ctrl-Q reach the program instead of freezing the
 * output (cbreak() keeps IXON). Returns 1 on success. ---- */
static inline int cn_disable_flow_control(int fd) {
    struct termios t;
    if (tcgetattr(fd, &t) != 0) return 0;
    t.c_iflag &= ~(tcflag_t)(IXON | IXOFF);
    return tcsetattr(fd, TCSANOW, &t) == 0;
}

/* ---- the terminal's real size, from the kernel (TIOCGWINSZ) ----
 * ncurses learns about a resize through SIGWINCH, which a stopped process (Ctrl-Z) never sees:
 * the shell in the foreground gets it. Returns 1 and sets rows/cols on success. */
static inline int cn_terminal_size(int fd, int *rows, int *cols) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) != 0 || size.ws_row == 0 || size.ws_col == 0) return 0;
    *rows = size.ws_row;
    *cols = size.ws_col;
    return 1;
}

/* ---- 1 when the terminal behind fd has hung up (closed window, dropped ssh): reads then fail at
 * once, so a loop that waits for keys would spin instead of waiting. ---- */
static inline int cn_input_hung_up(int fd) {
    struct pollfd descriptor = { fd, POLLIN, 0 };
    if (poll(&descriptor, 1, 0) < 0) return 0;
    return (descriptor.revents & (POLLHUP | POLLERR | POLLNVAL)) != 0;
}

/* ---- signals ----
 * sigaction() through a function: the handler union in struct sigaction is awkward from Swift.
 * No SA_RESTART on purpose: a blocking read in wget_wch() is interrupted, so the run loop sees the
 * signal's flag at once instead of after the next key. Returns 1 on success. */
static inline int cn_install_signal_handler(int signo, void (*handler)(int)) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    return sigaction(signo, &action, NULL) == 0;
}

/* Restores the default disposition of a signal. Returns 1 on success. */
static inline int cn_reset_signal_handler(int signo) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    return sigaction(signo, &action, NULL) == 0;
}

/* 1 when the signal currently has its default disposition (ncurses installs its own SIGTSTP and
 * SIGWINCH handlers only in that case). */
static inline int cn_signal_is_default(int signo) {
    struct sigaction current;
    if (sigaction(signo, NULL, &current) != 0) return 0;
    return current.sa_handler == SIG_DFL;
}

#endif /* SPEECHREADER_CNCURSES_SHIM_H */
