/*
 * A narrow C interface to libxml2's HTML parser for DocumentImport.
 *
 * Why: Foundation's XMLDocument on Linux ignores .documentTidyHTML and parses web pages with the
 * XML parser (which rejects &nbsp;, <br> and unclosed tags and prints errors to stderr); and the
 * libxml2 headers cannot be imported into Swift next to Foundation (their ICU clashes with
 * Foundation's). So the headers stay in chtml.c and Swift sees opaque pointers.
 */
#ifndef SPEECHREADER_CHTML_H
#define SPEECHREADER_CHTML_H

/* Parses `length` bytes of UTF-8 HTML: recovering from bad markup, printing nothing, never
 * touching the network or loading a DTD. NULL when libxml2 returns nothing. */
void *_Nullable chtml_parse(const char *_Nonnull bytes, int length);
void chtml_free(void *_Nullable document);

/* The document's first child, a node's first child and next sibling. */
void *_Nullable chtml_document_children(void *_Nonnull document);
void *_Nullable chtml_children(void *_Nonnull node);
void *_Nullable chtml_next(void *_Nonnull node);

/* 1 element, 2 text or CDATA, 0 anything else (comments, DTD, processing instructions). */
int chtml_kind(void *_Nonnull node);
/* The element's name, or the text's content; NULL if none. Owned by the document. */
const char *_Nullable chtml_name(void *_Nonnull node);
const char *_Nullable chtml_content(void *_Nonnull node);
/* The attribute's value, to be released with chtml_free_string; NULL when absent. */
char *_Nullable chtml_attribute(void *_Nonnull node, const char *_Nonnull name);
void chtml_free_string(char *_Nullable string);

#endif
