// sepa.h: the pain.001 writer and the pain.002 reader, over libxml2 (xmlTextWriter to write, its tree parser to read).
#include "fund/sepa.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <memory>

#include "core/niss.h"

namespace secu::fund::sepa {
namespace {

using core::ErrorCode;
using core::fail;

// libxml2 must be initialised once before threads use it.
void init_libxml() {
  static const bool done = [] {
    xmlInitParser();
    return true;
  }();
  (void)done;
}

// ---- Text in the EPC basic Latin character set -------------------------------------

// U+00C0..U+00FF, one entry per code point ("" = not a letter: becomes a space).
constexpr std::array<std::string_view, 64> kLatin1 = {
    "A", "A", "A", "A", "A", "A", "AE", "C", "E", "E", "E", "E", "I", "I", "I", "I",   // C0-CF
    "D", "N", "O", "O", "O", "O", "O", "",  "O", "U", "U", "U", "U", "Y", "TH", "ss",  // D0-DF
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   // E0-EF
    "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "y"};  // F0-FF
// U+0100..U+017F: the base letter of each (Latin Extended-A); '*' marks the ligatures below.
constexpr std::string_view kLatinA =
    "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi**JjKkkLlLlLlLlLlNnNnNnnNnOoOoOo**RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";
static_assert(kLatinA.size() == 0x80);

bool basic_latin(char32_t c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
  return std::u32string_view(U"/-?:().,'+ &").find(c) != std::u32string_view::npos;
}

// Every ASCII character, to return one of them as a view.
constexpr std::array<char, 128> kAscii = [] {
  std::array<char, 128> a{};
  for (std::size_t i = 0; i < a.size(); ++i) a[i] = static_cast<char>(i);
  return a;
}();

// What a code point becomes in the basic Latin set ("" never: a space at worst).
std::string_view transliterate(char32_t c) {
  if (c < 0x80) return basic_latin(c) ? std::string_view(&kAscii[c], 1) : " ";
  if (c >= 0xC0 && c <= 0xFF) return kLatin1[c - 0xC0].empty() ? " " : kLatin1[c - 0xC0];
  switch (c) {
    case 0x132: return "IJ";
    case 0x133: return "ij";
    case 0x152: return "OE";
    case 0x153: return "oe";
    case 0x2018: case 0x2019: return "'";  // typographic apostrophes
    case 0x2013: case 0x2014: return "-";  // dashes
    default: break;
  }
  if (c >= 0x100 && c <= 0x17F) return kLatinA.substr(c - 0x100, 1);
  return " ";
}

// Decodes one UTF-8 sequence at s[i]; an invalid byte is U+FFFD and advances by one.
char32_t next_code_point(std::string_view s, std::size_t& i) {
  const auto b = static_cast<unsigned char>(s[i]);
  std::size_t len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
  if (len == 0 || i + len > s.size()) {
    ++i;
    return 0xFFFD;
  }
  char32_t c = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
  for (std::size_t k = 1; k < len; ++k) {
    const auto cont = static_cast<unsigned char>(s[i + k]);
    if ((cont >> 6) != 0x2) {
      ++i;
      return 0xFFFD;
    }
    c = (c << 6) | (cont & 0x3F);
  }
  i += len;
  return c;
}

// ---- pain.001 -----------------------------------------------------------------------

bool valid_bic(std::string_view b) {
  if (b.size() != 8 && b.size() != 11) return false;
  for (std::size_t i = 0; i < b.size(); ++i) {
    const char c = b[i];
    const bool upper = c >= 'A' && c <= 'Z', digit = c >= '0' && c <= '9';
    if ((i >= 4 && i < 6) ? !upper : !(upper || digit)) return false;
  }
  return true;
}

// "12.34" for a whole number of cents above 0.
core::Result<std::string> euros(core::Money m, const std::string& field) {
  const std::int64_t v = m.ten_thousandths();
  if (v <= 0 || v % 100 != 0)
    return fail(ErrorCode::invalid_argument,
                "expected a positive whole number of cents, got " + m.text4() + " EUR", field);
  return m.text();
}

// The writer's calls return -1 on failure; one check after the whole document.
class Writer {
 public:
  Writer() : buf_(xmlBufferCreate()), w_(buf_ ? xmlNewTextWriterMemory(buf_, 0) : nullptr) {
    if (w_) {
      xmlTextWriterSetIndent(w_, 1);
      xmlTextWriterSetIndentString(w_, BAD_CAST "  ");
    }
  }
  ~Writer() {
    if (w_) xmlFreeTextWriter(w_);
    if (buf_) xmlBufferFree(buf_);
  }
  Writer(const Writer&) = delete;
  Writer& operator=(const Writer&) = delete;

  void open(const char* name) { check(xmlTextWriterStartElement(w_, BAD_CAST name)); }
  void close() { check(xmlTextWriterEndElement(w_)); }
  void attribute(const char* name, std::string_view value) {
    check(xmlTextWriterWriteAttribute(w_, BAD_CAST name, BAD_CAST std::string(value).c_str()));
  }
  // <name>text</name>, the text escaped by libxml2 (& -> &amp;).
  void element(const char* name, std::string_view text) {
    check(xmlTextWriterWriteElement(w_, BAD_CAST name, BAD_CAST std::string(text).c_str()));
  }
  // Text inside the element opened last (escaped).
  void text(std::string_view t) { check(xmlTextWriterWriteString(w_, BAD_CAST std::string(t).c_str())); }
  // <name attr="value">text</name>.
  void element(const char* name, const char* attr, std::string_view value, std::string_view t) {
    open(name);
    attribute(attr, value);
    text(t);
    close();
  }
  void start() { check(w_ ? xmlTextWriterStartDocument(w_, nullptr, "UTF-8", nullptr) : -1); }
  core::Result<std::string> finish() {
    check(xmlTextWriterEndDocument(w_));
    if (failed_) return fail(ErrorCode::internal, "libxml2 could not write the pain.001 document", "");
    xmlTextWriterFlush(w_);
    return std::string(reinterpret_cast<const char*>(xmlBufferContent(buf_)), static_cast<std::size_t>(xmlBufferLength(buf_)));
  }

 private:
  void check(int rc) { failed_ = failed_ || rc < 0; }
  xmlBufferPtr buf_;
  xmlTextWriterPtr w_;
  bool failed_ = false;
};

core::Status check_input(const CreditTransfer& ct) {
  if (ct.message_id.empty() || ct.message_id.size() > 35 || sepa_text(ct.message_id, 35) != ct.message_id)
    return fail(ErrorCode::invalid_argument, "expected 1 to 35 characters of the SEPA set", "message_id");
  if (ct.created_at.size() != 20 || ct.created_at[10] != 'T' || ct.created_at.back() != 'Z' ||
      !core::Date::parse(ct.created_at.substr(0, 10)))
    return fail(ErrorCode::invalid_argument, "expected a UTC timestamp YYYY-MM-DDTHH:MM:SSZ", "created_at");
  if (ct.transfers.empty()) return fail(ErrorCode::invalid_argument, "expected at least one transfer", "transfers");
  if (sepa_text(ct.debtor.name, 70).empty()) return fail(ErrorCode::invalid_argument, "expected the debtor's name", "debtor/name");
  if (!core::validate_iban(ct.debtor.iban)) return fail(ErrorCode::invalid_argument, "expected a valid IBAN", "debtor/iban");
  if (ct.debtor.bic && !valid_bic(*ct.debtor.bic))
    return fail(ErrorCode::invalid_argument, "expected a BIC of 8 or 11 letters and digits", "debtor/bic");
  for (std::size_t i = 0; i < ct.transfers.size(); ++i) {
    const Transfer& t = ct.transfers[i];
    const std::string at = "transfers/" + std::to_string(i);
    SECU_RETURN_IF_ERROR(euros(t.amount, at + "/amount"));
    if (sepa_text(t.creditor_name, 70).empty())
      return fail(ErrorCode::invalid_argument, "expected the creditor's name", at + "/creditor_name");
    if (!core::validate_iban(t.creditor_iban))
      return fail(ErrorCode::invalid_argument, "expected a valid IBAN", at + "/creditor_iban");
  }
  return {};
}

void write_transfer(Writer& w, const Transfer& t) {
  w.open("CdtTrfTxInf");
  w.open("PmtId");
  w.element("EndToEndId", end_to_end_id(t.payment_id));
  w.close();
  w.open("Amt");
  w.element("InstdAmt", "Ccy", "EUR", t.amount.text());
  w.close();
  // No CdtrAgt: within SEPA the IBAN alone identifies the creditor's account.
  w.open("Cdtr");
  w.element("Nm", sepa_text(t.creditor_name, 70));
  w.close();
  w.open("CdtrAcct");
  w.open("Id");
  w.element("IBAN", *core::validate_iban(t.creditor_iban));
  w.close();
  w.close();
  const std::string remittance = sepa_text(t.remittance, 140);
  if (!remittance.empty()) {
    w.open("RmtInf");
    w.element("Ustrd", remittance);
    w.close();
  }
  w.close();
}

void write_debtor(Writer& w, const Debtor& d) {
  w.open("Dbtr");
  w.element("Nm", sepa_text(d.name, 70));
  w.close();
  w.open("DbtrAcct");
  w.open("Id");
  w.element("IBAN", *core::validate_iban(d.iban));
  w.close();
  w.close();
  w.open("DbtrAgt");
  w.open("FinInstnId");
  if (d.bic) {
    w.element("BICFI", *d.bic);
  } else {
    w.open("Othr");
    w.element("Id", "NOTPROVIDED");
    w.close();
  }
  w.close();
  w.close();
}


// ---- pain.002 -----------------------------------------------------------------------

struct DocFree {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
struct CtxtFree {
  void operator()(xmlParserCtxt* c) const { xmlFreeParserCtxt(c); }
};

std::string_view local_name(const xmlNode* n) { return reinterpret_cast<const char*>(n->name); }

// The element children of `n` with that local name, in document order.
std::vector<const xmlNode*> children(const xmlNode* n, std::string_view name) {
  std::vector<const xmlNode*> out;
  for (const xmlNode* c = n ? n->children : nullptr; c; c = c->next)
    if (c->type == XML_ELEMENT_NODE && local_name(c) == name) out.push_back(c);
  return out;
}

const xmlNode* child(const xmlNode* n, std::string_view name) {
  for (const xmlNode* c = n ? n->children : nullptr; c; c = c->next)
    if (c->type == XML_ELEMENT_NODE && local_name(c) == name) return c;
  return nullptr;
}

// The text of an element, surrounding white space removed; "" when absent.
std::string text_of(const xmlNode* n) {
  if (!n) return "";
  std::unique_ptr<xmlChar, decltype(xmlFree)> raw(xmlNodeGetContent(n), xmlFree);
  std::string_view t = raw ? reinterpret_cast<const char*>(raw.get()) : "";
  const auto first = t.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return "";
  return std::string(t.substr(first, t.find_last_not_of(" \t\r\n") - first + 1));
}

// The first StsRsnInf/Rsn/Cd (else Prtry) under `n`.
std::string reason_of(const xmlNode* n) {
  const xmlNode* rsn = child(child(n, "StsRsnInf"), "Rsn");
  std::string code = text_of(child(rsn, "Cd"));
  return code.empty() ? text_of(child(rsn, "Prtry")) : code;
}

// A status code: 4 capital letters (ExternalPaymentTransactionStatus1Code).
bool status_code(std::string_view s) {
  return s.size() == 4 && std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

core::Status read_transaction(const xmlNode* tx, const std::string& at, StatusReport& out) {
  TxStatus t{.end_to_end_id = text_of(child(tx, "OrgnlEndToEndId")), .status = text_of(child(tx, "TxSts")),
             .reason = reason_of(tx)};
  if (t.end_to_end_id.empty() || t.end_to_end_id.size() > 35)
    return fail(ErrorCode::invalid_argument, "expected the original EndToEndId (1 to 35 characters)", at + "/OrgnlEndToEndId");
  if (!status_code(t.status))
    return fail(ErrorCode::invalid_argument, "expected a transaction status code (ACSC, ACCP, RJCT, ...)", at + "/TxSts");
  if (t.reason.size() > 35) return fail(ErrorCode::invalid_argument, "expected a reason code", at + "/StsRsnInf/Rsn");
  out.transactions.push_back(std::move(t));
  return {};
}

core::Status read_report(const xmlNode* root, StatusReport& out) {
  const std::string base = "/Document/CstmrPmtStsRpt";
  const xmlNode* rpt = child(root, "CstmrPmtStsRpt");
  if (!rpt) return fail(ErrorCode::invalid_argument, "expected a customer payment status report", base);
  out.message_id = text_of(child(child(rpt, "GrpHdr"), "MsgId"));
  const xmlNode* group = child(rpt, "OrgnlGrpInfAndSts");
  out.original_message_id = text_of(child(group, "OrgnlMsgId"));
  out.group_status = text_of(child(group, "GrpSts"));
  out.group_reason = reason_of(group);
  std::size_t p = 0;
  for (const xmlNode* pmt : children(rpt, "OrgnlPmtInfAndSts")) {
    const std::string at = base + "/OrgnlPmtInfAndSts[" + std::to_string(++p) + "]";
    std::string status = text_of(child(pmt, "PmtInfSts"));
    if (!status.empty() && (out.group_status.empty() || out.group_status == "PART")) {
      out.group_status = std::move(status);
      out.group_reason = reason_of(pmt);
    }
    std::size_t t = 0;
    for (const xmlNode* tx : children(pmt, "TxInfAndSts"))
      SECU_RETURN_IF_ERROR(read_transaction(tx, at + "/TxInfAndSts[" + std::to_string(++t) + "]", out));
  }
  if (!out.group_status.empty() && !status_code(out.group_status))
    return fail(ErrorCode::invalid_argument, "expected a group status code (ACCP, RJCT, PART, ...)",
                base + "/OrgnlGrpInfAndSts/GrpSts");
  return {};
}

}  // namespace

std::string end_to_end_id(std::int64_t payment_id) { return "SECU-P" + std::to_string(payment_id); }

std::optional<std::int64_t> payment_id_of(std::string_view e2e) {
  constexpr std::string_view kPrefix = "SECU-P";
  if (!e2e.starts_with(kPrefix)) return std::nullopt;
  std::string_view digits = e2e.substr(kPrefix.size());
  if (digits.empty() || digits.size() > 18 || digits[0] < '1' || digits[0] > '9') return std::nullopt;  // no sign, no 0
  std::int64_t id = 0;
  auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), id);
  if (ec != std::errc() || end != digits.data() + digits.size()) return std::nullopt;
  return id;
}

std::string sepa_text(std::string_view utf8, std::size_t max_chars) {
  std::string out;
  for (std::size_t i = 0; i < utf8.size();) {
    for (char c : transliterate(next_code_point(utf8, i))) {
      if (c == ' ' && (out.empty() || out.back() == ' ')) continue;  // no leading or double spaces
      out.push_back(c);
    }
  }
  if (out.size() > max_chars) out.resize(max_chars);
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

core::Result<std::string> write_pain001(const CreditTransfer& ct) {
  SECU_RETURN_IF_ERROR(check_input(ct));
  init_libxml();
  core::Money total{};
  for (const Transfer& t : ct.transfers) total += t.amount;
  const std::string count = std::to_string(ct.transfers.size());
  Writer w;
  w.start();
  w.open("Document");
  w.attribute("xmlns", kPain001Namespace);
  w.open("CstmrCdtTrfInitn");
  w.open("GrpHdr");
  w.element("MsgId", ct.message_id);
  w.element("CreDtTm", ct.created_at);
  w.element("NbOfTxs", count);
  w.element("CtrlSum", total.text());
  w.open("InitgPty");
  w.element("Nm", sepa_text(ct.debtor.name, 70));
  w.close();
  w.close();
  w.open("PmtInf");
  w.element("PmtInfId", ct.message_id);
  w.element("PmtMtd", "TRF");
  w.element("NbOfTxs", count);
  w.element("CtrlSum", total.text());
  w.open("PmtTpInf");
  w.open("SvcLvl");
  w.element("Cd", "SEPA");
  w.close();
  w.close();
  w.open("ReqdExctnDt");
  w.element("Dt", ct.execution_date.iso());
  w.close();
  write_debtor(w, ct.debtor);
  w.element("ChrgBr", "SLEV");
  for (const Transfer& t : ct.transfers) write_transfer(w, t);
  w.close();  // PmtInf
  w.close();  // CstmrCdtTrfInitn
  w.close();  // Document
  return w.finish();
}

core::Result<StatusReport> read_pain002(std::string_view xml) {
  if (xml.size() > kMaxReportBytes)
    return fail(ErrorCode::invalid_argument, "the report is larger than 16 MiB", "/");
  init_libxml();
  std::unique_ptr<xmlParserCtxt, CtxtFree> ctxt(xmlNewParserCtxt());
  if (!ctxt) return fail(ErrorCode::internal, "libxml2 could not allocate a parser", "");
  // No network, no DTD loading, no entity substitution; errors come back, never printed.
  const int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
  std::unique_ptr<xmlDoc, DocFree> doc(xmlCtxtReadMemory(ctxt.get(), xml.data(), static_cast<int>(xml.size()),
                                                         "pain.002.xml", nullptr, options));
  if (!doc) {
    const xmlError* e = xmlCtxtGetLastError(ctxt.get());
    std::string why = e && e->message ? e->message : "not well-formed";
    while (!why.empty() && (why.back() == '\n' || why.back() == ' ')) why.pop_back();
    return fail(ErrorCode::invalid_argument,
                "the report is not well-formed XML" + (e ? " (line " + std::to_string(e->line) + ": " + why + ")" : ""), "/");
  }
  if (doc->intSubset || doc->extSubset)
    return fail(ErrorCode::invalid_argument, "a payment status report must not have a DTD", "/");
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  const std::string_view ns = root && root->ns && root->ns->href ? reinterpret_cast<const char*>(root->ns->href) : "";
  if (!root || local_name(root) != "Document" || !ns.starts_with("urn:iso:std:iso:20022:tech:xsd:pain.002."))
    return fail(ErrorCode::invalid_argument, "expected an ISO 20022 pain.002 Document", "/Document");
  StatusReport out;
  SECU_RETURN_IF_ERROR(read_report(root, out));
  return out;
}

}  // namespace secu::fund::sepa
