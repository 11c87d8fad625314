#!/usr/bin/env python3
"""
genmodel.py - generate src/model/model_{r4,r4b,r5}.c from the official FHIR
definitions (Python 3 standard library only).

    python3 src/model/gen/genmodel.py [SHARED_FHIR_DIR] [OUT_DIR]

defaults: ../shared/fhir and src/model (run from the repository root).
It reads {r4,r4b,r5}/profiles-types.json and profiles-resources.json (Bundles
of StructureDefinitions), takes each definition's snapshot and writes compact
C tables (see src/model/tables.h for their shape). Same input, same bytes.

What goes in (facts only, no descriptions):
  - every primitive, complex and resource StructureDefinition that is a
    specialization (logical models are skipped), plus the core constraint
    types on data types (SimpleQuantity, MoneyQuantity) as complex types
    whose base is the constrained type;
  - one backbone type per element that has children in a snapshot, named
    by its path ("Patient.contact"), its base the element's declared type
    (BackboneElement or Element);
  - per type, its own elements only: an element of a snapshot is dropped
    when a base type already declares an element of that name with the same
    facts (the snapshots repeat id/extension/meta/... under every type), and
    kept when it is new or narrows the inherited one (xhtml.extension 0..0,
    SimpleQuantity's comparator 0..0). Lookups walk the base chain, so this
    gives the same answers as keeping every copy, at two thirds of the
    size. Copies that differ only in the FHIR type tagged on a System type
    (R4B/R5 say "id" on some copies of Element.id, "string" on others) are
    dropped too: the declaring type's tag is the one kept.

System types: elements typed "http://hl7.org/fhirpath/System.X" (Element.id,
Resource.id, Extension.url, the primitives' value) get the FHIR primitive
named by their structuredefinition-fhir-type extension (Element.id -> string,
Extension.url -> uri), or by the System -> FHIR table below when that
extension is missing. A primitive's own "value" element is typed as the
primitive itself (the extension is wrong for some in R4/R5, e.g. R4
positiveInt.value says "string"); the System type of a primitive is the
type row's system field, reached through fp_model_system_type().
"""

import json
import os
import sys

VERSIONS = [("r4", "FP_FHIR_R4"), ("r4b", "FP_FHIR_R4B"), ("r5", "FP_FHIR_R5")]

SD_PREFIX = "http://hl7.org/fhir/StructureDefinition/"
SYSTEM_PREFIX = "http://hl7.org/fhirpath/System."

KIND = {"primitive-type": 0, "complex-type": 1, "resource": 2}
KIND_BACKBONE = 3

# Primitive -> FHIRPath System type (index into fp_system_names in model.c).
SYSTEM_NAMES = [None, "String", "Boolean", "Integer", "Integer64", "Decimal",
                "Date", "DateTime", "Time"]
PRIMITIVE_SYSTEM = {
    "string": "String", "code": "String", "id": "String", "uri": "String",
    "url": "String", "canonical": "String", "markdown": "String",
    "oid": "String", "uuid": "String", "base64Binary": "String",
    "xhtml": "String",          # not in the FHIRPath table; it is text
    "boolean": "Boolean",
    "integer": "Integer", "positiveInt": "Integer", "unsignedInt": "Integer",
    "integer64": "Integer64",
    "decimal": "Decimal",
    "date": "Date",
    "dateTime": "DateTime", "instant": "DateTime",
    "time": "Time",
}
# A System type code without the fhir-type extension -> a FHIR primitive.
SYSTEM_TO_FHIR = {
    "String": "string", "Boolean": "boolean", "Integer": "integer",
    "Integer64": "integer64", "Decimal": "decimal", "Date": "date",
    "DateTime": "dateTime", "Time": "time",
}
FHIR_TYPE_EXT = "http://hl7.org/fhir/StructureDefinition/structuredefinition-fhir-type"

BINDING = {"required": 1, "extensible": 2, "preferred": 3, "example": 4}
UNBOUNDED = 0xFFFF


def warn(ver, msg):
    sys.stderr.write("genmodel: %s: %s\n" % (ver, msg))


def sd_name(url):
    """Last segment of a core StructureDefinition URL, or None."""
    if not url or not url.startswith(SD_PREFIX):
        return None
    return url[len(SD_PREFIX):].split("|")[0]


class Type:
    def __init__(self, name, kind, abstract, base):
        self.name = name
        self.kind = kind
        self.abstract = abstract
        self.base = base            # name or None
        self.raw = []               # (snapshot element dict, sd) of children
        self.elements = []          # finished element dicts, own only
        self.id = 0


def load(ver, fhirdir):
    sds = []
    for f in ("profiles-types.json", "profiles-resources.json"):
        with open(os.path.join(fhirdir, ver, f), encoding="utf-8") as fp:
            bundle = json.load(fp)
        for entry in bundle.get("entry", []):
            r = entry.get("resource", {})
            if r.get("resourceType") != "StructureDefinition":
                continue
            sds.append(r)
    return sds


def build(ver, sds):
    """Types (name -> Type) with the raw snapshot children attached."""
    types = {}
    skipped = []
    for sd in sds:
        kind = sd.get("kind")
        name = sd_name(sd.get("url")) or sd["id"]
        logical = kind == "logical"
        if logical and sd.get("baseDefinition", "").endswith("/DomainResource"):
            # R4's MetadataResource: a logical model that core resources'
            # constraints are written against; it behaves as an abstract
            # resource, so it is kept as one.
            kind = "resource"
        if kind not in KIND:
            skipped.append("%s (%s)" % (name, kind))
            continue
        deriv = sd.get("derivation")
        if deriv == "constraint" and kind != "complex-type":
            skipped.append("%s (constraint on %s)" % (name, sd.get("type")))
            continue
        if deriv not in (None, "specialization", "constraint"):
            skipped.append("%s (derivation %s)" % (name, deriv))
            continue
        if deriv != "constraint" and name != sd.get("type"):
            warn(ver, "%s: type %s differs from its name" % (name, sd.get("type")))
        base = sd_name(sd.get("baseDefinition"))
        if name in types:
            warn(ver, "duplicate definition of %s" % name)
            continue
        t = Type(name, KIND[kind], bool(sd.get("abstract")) or logical, base)
        t.sd = sd
        types[name] = t
    if skipped:
        warn(ver, "skipped: " + ", ".join(sorted(skipped)))

    # Backbone types and the owner of each snapshot element.
    for t in list(types.values()):
        sd = t.sd
        root = sd["type"]           # "Quantity" for SimpleQuantity
        constraint = sd.get("derivation") == "constraint"
        elems = sd["snapshot"]["element"]
        paths = set(e["path"] for e in elems)
        parents = set(p.rsplit(".", 1)[0] for p in paths if "." in p)
        for e in elems:
            p = e["path"]
            if "." not in p:
                continue
            if e.get("sliceName"):
                warn(ver, "%s: slice %s:%s ignored" % (t.name, p, e["sliceName"]))
                continue
            parent = p.rsplit(".", 1)[0]
            if parent == root:
                owner = t
            else:
                owner = types.get(parent)
                if owner is None or owner.kind != KIND_BACKBONE:
                    raise SystemExit("%s: %s: parent %s is no backbone" % (ver, p, parent))
            if p in parents and "contentReference" not in e:
                if constraint:
                    raise SystemExit("%s: backbone %s in constraint %s" % (ver, p, t.name))
                codes = [ty["code"] for ty in e.get("type", [])]
                if len(codes) != 1 or codes[0] not in ("BackboneElement", "Element"):
                    raise SystemExit("%s: backbone %s typed %s" % (ver, p, codes))
                if p in types:
                    raise SystemExit("%s: backbone %s clashes with a type" % (ver, p))
                bb = Type(p, KIND_BACKBONE, False, codes[0])
                bb.sd = sd
                types[p] = bb
            owner.raw.append(e)

    for t in types.values():
        if t.base is not None and t.base not in types:
            raise SystemExit("%s: %s: unknown base %s" % (ver, t.name, t.base))
    return types


def element_facts(ver, types, owner, e):
    """The facts of one snapshot element as a dict."""
    p = e["path"]
    seg = p.rsplit(".", 1)[1]
    choice = seg.endswith("[x]")
    name = seg[:-3] if choice else seg
    mx = e.get("max", "*")
    tlist = []
    targets = []
    system = False

    def add(lst, n):
        if n not in lst:
            lst.append(n)

    if "contentReference" in e:
        ref = e["contentReference"].split("#", 1)[1]
        if ref not in types or types[ref].kind != KIND_BACKBONE:
            raise SystemExit("%s: %s: contentReference %s is no backbone" % (ver, p, ref))
        add(tlist, ref)
    elif p in types and types[p].kind == KIND_BACKBONE:
        add(tlist, p)
    else:
        for ty in e.get("type", []):
            code = ty["code"]
            if code.startswith(SYSTEM_PREFIX):
                system = True
                if owner.kind == KIND["primitive-type"] and name == "value":
                    code = owner.name
                else:
                    ext = [x.get("valueUrl") or x.get("valueUri")
                           for x in ty.get("extension", []) if x.get("url") == FHIR_TYPE_EXT]
                    code = ext[0] if ext else SYSTEM_TO_FHIR[code[len(SYSTEM_PREFIX):]]
            if code not in types:
                raise SystemExit("%s: %s: unknown type %s" % (ver, p, code))
            add(tlist, code)
            for tp in ty.get("targetProfile", []):
                tn = sd_name(tp)
                if tn in types:
                    add(targets, tn)
                else:
                    warn(ver, "%s: target %s is no core type; left out" % (p, tp))
    if len(tlist) > 255 or len(targets) > 255:
        raise SystemExit("%s: %s: too many types" % (ver, p))
    b = e.get("binding") or {}
    return {
        "name": name,
        "path": p,
        "min": int(e.get("min", 0)),
        "max": UNBOUNDED if mx == "*" else int(mx),
        "choice": choice,
        "types": tlist,
        "targets": targets,
        "binding": BINDING.get(b.get("strength"), 0),
        "valueset": b.get("valueSet") if b.get("strength") else None,
        "modifier": bool(e.get("isModifier")),
        "summary": bool(e.get("isSummary")),
        "system": system,
    }


FACT_KEYS = ("min", "max", "choice", "types", "targets", "binding", "valueset",
             "modifier", "summary")


def resolve(ver, types):
    """Decide each type's own elements (see the top of this file)."""
    def depth(t):
        d = 0
        while t.base:
            t = types[t.base]
            d += 1
        return d

    def inherited(t, name):
        b = t.base
        while b:
            bt = types[b]
            for el in bt.elements:
                if el["name"] == name:
                    return el
            b = bt.base
        return None

    narrowed = []
    sysdiff = []
    for t in sorted(types.values(), key=lambda x: (depth(x), x.name)):
        seen = set()
        for e in t.raw:
            f = element_facts(ver, types, t, e)
            if f["name"] in seen:
                raise SystemExit("%s: %s: duplicate element %s" % (ver, t.name, f["name"]))
            seen.add(f["name"])
            base = inherited(t, f["name"])
            if base is not None:
                diff = [k for k in FACT_KEYS if f[k] != base[k]]
                primval = t.kind == KIND["primitive-type"] and f["name"] == "value"
                if diff == ["types"] and f["system"] and base["system"] and not primval:
                    # The same inherited element, its System type tagged
                    # with another FHIR type (R4B/R5 say "id" for some
                    # copies of Element.id, "string" for others): the
                    # base's declaration wins.
                    sysdiff.append("%s %s" % (f["path"], f["types"][0]))
                    continue
                if not diff:
                    continue
                if not primval:
                    narrowed.append("%s (%s)" % (f["path"], ",".join(diff)))
            t.elements.append(f)
        t.elements.sort(key=lambda x: x["name"].encode())
    if sysdiff:
        warn(ver, "%d inherited copies tag their System type differently from the "
             "base (e.g. %s); the base wins" % (len(sysdiff), ", ".join(sysdiff[:3])))
    if narrowed:
        warn(ver, "kept %d inherited elements that differ from their base: %s"
             % (len(narrowed), ", ".join(narrowed)))


# ---- output ----

class Pool:
    """A string pool with tail merging: a string that ends another one
    ("value" in "Quantity.value") is stored once, inside the longer one."""

    def __init__(self):
        self.strings = set([""])

    def add(self, s):
        self.strings.add(s)

    def finish(self):
        revs = sorted(s[::-1] for s in self.strings)
        host = {}                       # string -> the string that holds it
        for i in range(len(revs) - 1, -1, -1):
            r = revs[i]
            s = r[::-1]
            if i + 1 < len(revs) and revs[i + 1].startswith(r):
                host[s] = host[revs[i + 1][::-1]]
            else:
                host[s] = s
        roots = sorted(set(host.values()), key=lambda x: (x != "", x))
        self.offset = {}
        off = 0
        self.order = []
        for s in roots:
            self.offset[s] = off
            self.order.append(s)
            off += len(s) + 1
        self.size = off
        for s, h in host.items():
            self.offset[s] = self.offset[h] + len(h) - len(s)

    def __getitem__(self, s):
        return self.offset[s]


class IdLists:
    """uint16 lists (element types, targets) packed into one array; a list
    that already occurs as a run of the array is not stored again."""

    def __init__(self):
        self.data = []
        self.index = {}

    def add(self, ids):
        key = tuple(ids)
        if not key:
            return 0
        if key in self.index:
            return self.index[key]
        start = len(self.data)
        self.data.extend(key)
        n = len(key)
        for i in range(n):
            for j in range(i + 1, n + 1):
                self.index.setdefault(key[i:j], start + i)
        return start


def c_string(s):
    out = []
    prev = ""
    for ch in s:
        if ch in "\\\"":
            out.append("\\" + ch)
        elif ch == "?" and prev == "?":
            out.append("\\?")          # no trigraphs
        elif " " <= ch <= "~":
            out.append(ch)
        else:
            for byte in ch.encode("utf-8"):
                out.append("\\%03o" % byte)
        prev = ch
    return "".join(out)


def emit(ver, enum, types, outdir, command):
    order = sorted(types.values(), key=lambda t: t.name.encode())
    for i, t in enumerate(order):
        t.id = i + 1
    if len(order) >= 0xFFFF:
        raise SystemExit("%s: too many types" % ver)

    pool = Pool()
    for t in order:
        pool.add(t.name)
        for e in t.elements:
            pool.add(e["path"])
            pool.add(e["name"])
            if e["valueset"]:
                pool.add(e["valueset"])
    pool.finish()

    ids = IdLists()
    rows = []
    for t in order:
        for e in t.elements:
            tl = ids.add([types[n].id for n in e["types"]])
            gl = ids.add([types[n].id for n in e["targets"]])
            rows.append((t, e, tl, gl))

    nelem = len(rows)
    lines = []
    w = lines.append
    w("/*")
    w(" * model_%s.c - the embedded FHIR %s model. GENERATED, do not edit:" % (ver, enum[8:]))
    w(" *     %s" % command)
    w(" * from the official definitions (profiles-types.json, profiles-resources.json).")
    w(" * %d types, %d elements; layout in src/model/tables.h." % (len(order), nelem))
    w(" */")
    w('#include "model/tables.h"')
    w("")
    w("#define S(o) (fp_pool_%s + (o))" % ver)
    w("#define T(o) (fp_ids_%s + (o))" % ver)
    w("/* E(name, path, owner, min, max, choice, ntypes, types, ntargets, targets,")
    w("     binding, valueset, modifier, summary) */")
    w("#define E(nm, pa, ow, mi, ma, ch, nt, ty, ng, tg, bi, vs, mo, su) \\")
    w("\t{ S(nm), S(pa), ow, mi, ma, ch, nt, T(ty), ng, (ng) ? T(tg) : NULL, \\")
    w("\t  (fp_binding_strength)(bi), (vs) ? S(vs) : NULL, mo, su }")
    w("")
    w("static const char fp_pool_%s[%d] =" % (ver, pool.size))
    for i, s in enumerate(pool.order):
        # the literal's own NUL ends the last string: sizeof == pool.size
        end = "" if i == len(pool.order) - 1 else "\\0"
        w('\t"%s%s"' % (c_string(s), end))
    w(";")
    w("")
    w("static const fp_type_id fp_ids_%s[%d] = {" % (ver, max(1, len(ids.data))))
    data = ids.data or [0]
    for i in range(0, len(data), 16):
        w("\t" + ",".join(str(x) for x in data[i:i + 16]) + ",")
    w("};")
    w("")
    w("static const fp_element fp_elements_%s[%d] = {" % (ver, max(1, nelem)))
    cur = None
    for t, e, tl, gl in rows:
        if t is not cur:
            w("\t/* %s */" % t.name)
            cur = t
        w("\tE(%d,%d,%d,%d,%d,%d,%d,%d,%d,%d,%d,%d,%d,%d)," % (
            pool[e["name"]], pool[e["path"]], t.id, e["min"], e["max"],
            int(e["choice"]), len(e["types"]), tl, len(e["targets"]), gl,
            e["binding"], pool[e["valueset"]] if e["valueset"] else 0,
            int(e["modifier"]), int(e["summary"])))
    if not rows:
        w("\t{ 0 },")
    w("};")
    w("")
    w("/* name, first element, element count, base, kind, abstract, system type */")
    w("static const fp_type_row fp_types_%s[%d] = {" % (ver, len(order)))
    first = 0
    for t in order:
        sysidx = 0
        if t.kind == KIND["primitive-type"]:
            st = PRIMITIVE_SYSTEM.get(t.name)
            if st is None:
                warn(ver, "primitive %s has no System type; using String" % t.name)
                st = "String"
            sysidx = SYSTEM_NAMES.index(st)
        base = types[t.base].id if t.base else 0
        w("\t{ %d, %d, %d, %d, %d, %d, %d },  /* %d %s */" % (
            pool[t.name], first, len(t.elements), base, t.kind, int(t.abstract),
            sysidx, t.id, t.name))
        first += len(t.elements)
    w("};")
    w("")
    w("const fp_model fp_model_%s = {" % ver)
    w("\t%s," % enum)
    w("\tfp_pool_%s, fp_types_%s, %d, fp_elements_%s, %d," % (ver, ver, len(order), ver, nelem))
    w("\tsizeof fp_pool_%s + sizeof fp_ids_%s + sizeof fp_elements_%s + sizeof fp_types_%s," % (ver, ver, ver, ver))
    w("};")
    text = "\n".join(lines) + "\n"
    path = os.path.join(outdir, "model_%s.c" % ver)
    with open(path + ".tmp", "w", encoding="ascii", newline="\n") as fp:
        fp.write(text)
    os.replace(path + ".tmp", path)
    counts = [0, 0, 0, 0]
    for t in order:
        counts[t.kind] += 1
    sys.stderr.write("genmodel: %s: %d types (%d primitive, %d complex, %d resource, "
                     "%d backbone), %d elements, pool %d bytes, %d ids, %s %d bytes\n" % (
                         ver, len(order), counts[0], counts[1], counts[2], counts[3],
                         nelem, pool.size, len(ids.data), path, len(text)))


def main(argv):
    fhirdir = argv[1] if len(argv) > 1 else os.path.join("..", "shared", "fhir")
    outdir = argv[2] if len(argv) > 2 else os.path.join("src", "model")
    command = "python3 src/model/gen/genmodel.py"
    for ver, enum in VERSIONS:
        types = build(ver, load(ver, fhirdir))
        resolve(ver, types)
        emit(ver, enum, types, outdir, command)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
