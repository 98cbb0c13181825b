#ifndef LICENSE_REPORT_CLIBXML2_SHIM_H
#define LICENSE_REPORT_CLIBXML2_SHIM_H

// Debian's libxml2 is built with ICU. Its ICU headers clash with the ICU module that
// Foundation ships, which fails clean builds intermittently. We never use libxml2's
// ICU encoders, so switch them off before any other libxml2 header is read.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/SAX2.h>
#include <libxml/parserInternals.h>
#include <libxml/relaxng.h>
#include <libxml/xmlschemastypes.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlmemory.h>

/// `xmlFree` is a mutable global function pointer; Swift 6 concurrency checking rejects
/// reading it. This wrapper is the one place that calls it.
static inline void clibxml2_free(void *pointer) {
    xmlFree(pointer);
}

#endif
