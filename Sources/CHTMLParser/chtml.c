#include "chtml.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

void *chtml_parse(const char *bytes, int length) {
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET;
    return htmlReadMemory(bytes, length, NULL, "UTF-8", options);
}

void chtml_free(void *document) {
    if (document) xmlFreeDoc((xmlDocPtr)document);
}

void *chtml_document_children(void *document) { return ((xmlDocPtr)document)->children; }
void *chtml_children(void *node) { return ((xmlNodePtr)node)->children; }
void *chtml_next(void *node) { return ((xmlNodePtr)node)->next; }

int chtml_kind(void *node) {
    switch (((xmlNodePtr)node)->type) {
    case XML_ELEMENT_NODE: return 1;
    case XML_TEXT_NODE:
    case XML_CDATA_SECTION_NODE: return 2;
    default: return 0;
    }
}

const char *chtml_name(void *node) { return (const char *)((xmlNodePtr)node)->name; }
const char *chtml_content(void *node) { return (const char *)((xmlNodePtr)node)->content; }

char *chtml_attribute(void *node, const char *name) {
    return (char *)xmlGetProp((xmlNodePtr)node, (const xmlChar *)name);
}

void chtml_free_string(char *string) {
    if (string) xmlFree(string);
}
