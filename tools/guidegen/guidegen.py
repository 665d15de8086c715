#!/usr/bin/env python3
"""guidegen: turns pyx12 implementation-guide maps (XML, BSD-3-Clause, azoner/pyx12) into OpenRCM's own guide text.

Only FACTS are carried over (loop and segment order, usage, repeats, element types and lengths, fixed code lists);
the output format is ours (see src/Rcm.X12/Guides/GuideText.md). Not needed at run time: the generated C# files
under src/Rcm.X12/Guides/Data/ are committed.

Usage:  python3 tools/guidegen/guidegen.py [MAPS_DIR] [OUT_DIR]
        defaults: ../shared/reference/x12-maps-pyx12 and src/Rcm.X12/Guides/Data (run from the repository root)

For guides pyx12 has no 5010 map for (270/271 X279A1, 276 X212), the 4010 map gives the skeleton and the
PATCHES below apply the 5010 deltas we know from the TR3s; each patch is listed in the generated file's header.
"""
import sys
import os
import xml.etree.ElementTree as ET

MAPS = sys.argv[1] if len(sys.argv) > 1 else "../shared/reference/x12-maps-pyx12"
OUT = sys.argv[2] if len(sys.argv) > 2 else "src/Rcm.X12/Guides/Data"
PYX12 = "azoner/pyx12@8893c59ffd95 (BSD-3-Clause, (c) John Holland)"

dataele = {}
for d in ET.parse(os.path.join(MAPS, "dataele.xml")).getroot():
    dataele[d.get("ele_num")] = (d.get("data_type"), d.get("min_len"), d.get("max_len"))


def rep(text):
    text = (text or "1").strip()
    return "+" if text.startswith(">") else text


def convert_element(e, comp_parent=None):
    de = e.findtext("data_ele")
    usage = e.findtext("usage") or "S"
    seq = int(e.findtext("seq"))
    name = " ".join((e.findtext("name") or "").split())
    node = {"kind": "element", "seq": seq, "usage": usage, "name": name, "repeat": rep(e.findtext("repeat"))}
    if e.tag == "composite":
        node["type"] = de or "C000"
        node["components"] = [convert_element(c, node) for c in e if c.tag == "element"]
        return node
    dtype, mn, mx = dataele.get(de, ("AN", "1", "80"))
    node.update(type=dtype, min=mn, max=mx, codes=None, ext=None, regex=e.findtext("regex"))
    vc = e.find("valid_codes")
    if vc is not None:
        if vc.get("external"):
            node["ext"] = vc.get("external")
        else:
            # Codes with spaces (999 CTX01-1 "SITUATIONAL TRIGGER") are written with '_' for the space.
            codes = [c.text.strip().replace(" ", "_") for c in vc.findall("code") if c.text]
            node["codes"] = codes or None
    return node


def convert_segment(s):
    node = {"kind": "segment", "id": s.get("xid"), "usage": s.findtext("usage") or "S",
            "max": rep(s.findtext("max_use")), "name": " ".join((s.findtext("name") or "").split()),
            "elements": [], "rules": [s2.text.strip() for s2 in s.findall("syntax") if s2.text]}
    for e in s:
        if e.tag in ("element", "composite"):
            node["elements"].append(convert_element(e))
    return node


def convert_loop(l):
    """Children of a loop; wrapper loops (HEADER/DETAIL/FOOTER, pyx12's tables) are flattened away."""
    out = []
    for c in l:
        if c.tag == "segment":
            out.append(convert_segment(c))
        elif c.tag == "loop":
            if c.get("type") == "wrapper" or c.get("xid", "").startswith("TABLE"):
                out.extend(convert_loop(c))
            else:
                out.append({"kind": "loop", "id": c.get("xid"), "usage": c.findtext("usage") or "S",
                            "repeat": rep(c.findtext("repeat")),
                            "name": " ".join((c.findtext("name") or "").split()), "children": convert_loop(c)})
    return out


def transaction_body(path):
    root = ET.parse(os.path.join(MAPS, path)).getroot()
    st_loop = next(l for l in root.iter("loop") if l.get("xid") == "ST_LOOP")
    return root.findtext("name"), convert_loop(st_loop)


# ---- helpers for patches -------------------------------------------------------------------------------------
def find_loop(children, loop_id):
    for c in children:
        if c["kind"] == "loop":
            if c["id"] == loop_id:
                return c
            f = find_loop(c["children"], loop_id)
            if f:
                return f
    return None


def segments(children, seg_id):
    return [c for c in children if c["kind"] == "segment" and c["id"] == seg_id]


def all_segments(children, seg_id):
    for c in children:
        if c["kind"] == "segment" and c["id"] == seg_id:
            yield c
        elif c["kind"] == "loop":
            yield from all_segments(c["children"], seg_id)


def element(seg, seq):
    return next(e for e in seg["elements"] if e["seq"] == seq)


def set_st03(body, version):
    st = segments(body, "ST")[0]
    e3 = [e for e in st["elements"] if e["seq"] == 3]
    if e3:
        e3[0].update(usage="R", codes=[version])
    else:
        st["elements"].append({"kind": "element", "seq": 3, "usage": "R", "name": "Implementation Convention Reference",
                               "type": "AN", "min": "1", "max": "35", "codes": [version], "ext": None, "regex": None,
                               "repeat": "1"})


def seg(seg_id, usage, max_use, name, elements, rules=()):
    return {"kind": "segment", "id": seg_id, "usage": usage, "max": max_use, "name": name, "elements": elements,
            "rules": list(rules)}


def el(seq, usage, de, name, codes=None, repeat="1"):
    dtype, mn, mx = dataele[de]
    return {"kind": "element", "seq": seq, "usage": usage, "name": name, "type": dtype, "min": mn, "max": mx,
            "codes": codes, "ext": None, "regex": None, "repeat": repeat}


def insert_after(children, after_id, new_seg):
    idx = max(i for i, c in enumerate(children) if c["kind"] == "segment" and c["id"] == after_id)
    children.insert(idx + 1, new_seg)


# ---- the 5010 deltas for guides built from a 4010 skeleton ---------------------------------------------------
def patch_279(body, is_271):
    notes = ["ST03 required = 005010X279A1 (5010 adds ST03)"]
    set_st03(body, "005010X279A1")
    # X279A1 1.4.7: EQ01 (270) and EB03 (271) repeat up to 99 times with the repetition separator.
    for s in all_segments(body, "EQ"):
        element(s, 1).update(repeat="99", codes=None, ext="service_type")
    for s in all_segments(body, "EB"):
        element(s, 3).update(repeat="99", codes=None, ext="service_type")
    notes.append("EQ01/EB03 repeat up to 99 (5010 repetition separator); service type codes not checked (external list)")
    # X279A1 2100C/2100D: 5010 adds PRV and HI (health care diagnosis code) and MPI (271 only).
    for loop_id in ("2100C", "2100D"):
        lp = find_loop(body, loop_id)
        kids = lp["children"]
        if not segments(kids, "HI"):
            after = "INS" if segments(kids, "INS") else "DMG"
            insert_after(kids, after, seg("HI", "S", "1", "Health Care Diagnosis Code", []))
        if is_271 and not segments(kids, "MPI"):
            insert_after(kids, "DTP", seg("MPI", "S", "1", "Military Personnel Information", []))
        if is_271 and not segments(kids, "PRV"):
            insert_after(kids, "AAA", seg("PRV", "S", "1", "Provider Information", []))
    notes.append("2100C/2100D: HI added (and MPI, PRV in 271), structure only: their elements are not checked")
    # 5010 widened the DTP date-time period qualifier lists and the eligibility date ranges (RD8).
    for s in all_segments(body, "DTP"):
        element(s, 1).update(codes=None)
        element(s, 2).update(codes=["D8", "RD8"])
    notes.append("DTP01 qualifier lists relaxed (5010 lists differ from 4010); DTP02 = D8 or RD8")
    for s in all_segments(body, "NM1"):
        element(s, 8).update(codes=None)
        for e in s["elements"]:
            if e["seq"] in (3, 4, 5, 7, 9):
                e["codes"] = None
    for s in all_segments(body, "REF"):
        element(s, 1).update(codes=None)
    for s in all_segments(body, "PER"):
        for e in s["elements"]:
            if e["seq"] in (3, 5, 7) and e.get("codes") and "UR" not in e["codes"]:
                e["codes"] = e["codes"] + ["UR"]
    notes.append("PER03/05/07 also allow UR (uniform resource locator), added in 5010")
    for s in all_segments(body, "EB"):
        for e in s["elements"]:
            if e["seq"] in (1, 2, 4, 6):
                e["codes"] = None
    for s in all_segments(body, "AAA"):
        for e in s["elements"]:
            if e["seq"] in (3, 4):
                e["codes"] = None
    notes.append("NM108, REF01, EB01/02/04/06 and AAA03/04 code lists not checked (5010 lists differ from 4010)")
    for s in all_segments(body, "BHT"):
        for e in s["elements"]:
            if e["seq"] == 2:
                e["codes"] = ["11", "13"] if not is_271 else ["11"]
            if e["seq"] == 6:
                e["usage"] = "S"
    return notes


def patch_276(body):
    notes = ["ST03 required = 005010X212"]
    set_st03(body, "005010X212")
    for loop_id in ("2100A",):
        lp = find_loop(body, loop_id)
        for s in segments(lp["children"], "PER"):
            s["usage"] = "N"
    notes.append("2100A PER not used in 5010")
    for loop_id in ("2200D", "2200E"):
        lp = find_loop(body, loop_id)
        kids = lp["children"]
        # X212 2200D/2200E: REF*1K payer claim control number, REF*BLT bill type, REF*EA medical record number,
        # REF*EJ patient control number; 4010's REF*LU location number was removed.
        kids[:] = [c for c in kids if not (c["kind"] == "segment" and c["id"] == "REF" and element(c, 1)["codes"] == ["LU"])]
        if not [c for c in kids if c["kind"] == "segment" and c["id"] == "REF" and element(c, 1)["codes"] == ["EJ"]]:
            template = next(c for c in kids if c["kind"] == "segment" and c["id"] == "REF")
            ej = {**template, "name": "Patient Control Number", "usage": "S",
                  "elements": [dict(e) for e in template["elements"]]}
            element(ej, 1)["codes"] = ["EJ"]
            insert_after(kids, "REF", ej)
        for code in ("XZ", "D9"):
            template = next(c for c in kids if c["kind"] == "segment" and c["id"] == "REF")
            extra = {**template, "usage": "S", "elements": [dict(e) for e in template["elements"]],
                     "name": "Pharmacy Prescription Number" if code == "XZ" else "Claim Identification Number for Clearinghouses"}
            element(extra, 1)["codes"] = [code]
            insert_after(kids, "REF", extra)
        for s in segments(kids, "DTP"):
            element(s, 1).update(codes=["472"])
        for s in segments(kids, "AMT"):
            s["usage"] = "S"
    for s in all_segments(body, "DTP"):
        element(s, 2).update(codes=["D8", "RD8"])
    notes.append("2200D/2200E: REF*LU removed, REF*EJ, REF*XZ and REF*D9 added; claim service date DTP01 = 472; DTP02 = D8 or RD8")
    for s in all_segments(body, "NM1"):
        element(s, 8).update(codes=None)
    for s in all_segments(body, "DMG"):
        s["usage"] = "S"
    notes.append("NM108 code lists not checked (5010 lists differ from 4010); DMG situational")
    for s in all_segments(body, "BHT"):
        for e in s["elements"]:
            if e["seq"] == 2:
                e["codes"] = ["13"]
            if e["seq"] == 3:
                e.update(usage="R", type="AN", min="1", max="50")
            if e["seq"] == 5:
                e.update(usage="S", type="TM", min="4", max="8")
    notes.append("BHT03 (transaction reference) required and BHT05 (time) situational, as in 5010")
    return notes


def nest_277_x212(body):
    """pyx12's X212 map lists 2000C/2000D/2000E as siblings under table 'areas'; the TR3 nests them
    (2000A > 2000B > 2000C > 2000D > 2000E, X212 1.4.2 hierarchical levels 20/21/19/22/23)."""
    a, b, c, d, e = (find_loop(body, x) for x in ("2000A", "2000B", "2000C", "2000D", "2000E"))
    for lp in (c, d, e):
        body.remove(lp)
    d["children"].append(e)
    c["children"].append(d)
    b["children"].append(c)
    return ["2000C/2000D/2000E nested under 2000B as in the TR3 (pyx12 lists them flat)"]


def ensure_se(body):
    if not segments(body, "SE"):
        body.append(seg("SE", "R", "1", "Transaction Set Trailer",
                        [el(1, "R", "96", "Number of Included Segments"), el(2, "R", "329", "Transaction Set Control Number")]))
        return ["SE added at the end of the transaction (pyx12 places it outside ST_LOOP)"]
    return []


def patch_277ca(body):
    lp = find_loop(body, "2200C")
    for s in segments(lp["children"], "STC"):
        s["usage"] = "S"
    return ["2200C STC (billing provider status) situational: it is sent when the provider level carries a status"]


def patch_277(body):
    notes = nest_277_x212(body) + ensure_se(body)
    for s in all_segments(body, "NM1"):
        element(s, 8).update(codes=None)
    return notes


TITLES = {
    "Guide270": "Health Care Eligibility Benefit Inquiry (270, 005010X279A1)",
    "Guide271": "Health Care Eligibility Benefit Response (271, 005010X279A1)",
    "Guide276": "Health Care Claim Status Request (276, 005010X212)",
    "Guide277": "Health Care Claim Status Response (277, 005010X212)",
    "Guide277CA": "Health Care Claim Acknowledgment (277CA, 005010X214)",
    "Guide837P": "Health Care Claim: Professional (837P, 005010X222A1)",
    "Guide837I": "Health Care Claim: Institutional (837I, 005010X223A2)",
    "Guide835": "Health Care Claim Payment/Advice (835, 005010X221A1)",
    "Guide999": "Implementation Acknowledgment for Health Care Insurance (999, 005010X231A1)",
}

GUIDES = [
    # class, map, ST01, version, GS01, notes fn
    ("Guide837P", "837.5010.X222.A1.xml", "837", "005010X222A1", "HC", None),
    ("Guide837I", "837Q3.I.5010.X223.A1.xml", "837", "005010X223A2", "HC", lambda b: ["pyx12 names the file X223.A1, but it carries ST03/GS08 005010X223A2 and pyx12 maps.xml uses it for X223A2 (the HIPAA-adopted 837I); no further A1 to A2 deltas were applied, so A2 changes pyx12 missed are not reflected"]),
    ("Guide835", "835.5010.X221.A1.xml", "835", "005010X221A1", "HP", None),
    ("Guide277CA", "277.5010.X214.xml", "277", "005010X214", "HN", patch_277ca),
    ("Guide277", "277.5010.X212.xml", "277", "005010X212", "HN", patch_277),
    ("Guide999", "999.5010X231.A1.xml", "999", "005010X231A1", "FA", None),
    ("Guide270", "270.4010.X092.A1.xml", "270", "005010X279A1", "HS", lambda b: patch_279(b, False)),
    ("Guide271", "271.4010.X092.A1.xml", "271", "005010X279A1", "HB", lambda b: patch_279(b, True)),
    ("Guide276", "276.4010.X093.A1.xml", "276", "005010X212", "HR", patch_276),
]


def fmt_element(e, indent, label):
    parts = [label, e["usage"], e["type"]]
    if "components" not in e:
        parts.append(f"{e['min']}/{e['max']}")
    if e.get("repeat", "1") not in ("1", None):
        parts.append("x" + e["repeat"])
    if e.get("codes"):
        parts.append("[" + " ".join(e["codes"]) + "]")
    if e.get("ext"):
        parts.append("@" + e["ext"])
    if e.get("regex"):
        parts.append("~" + e["regex"])
    line = " " * indent + " ".join(parts) + "  " + e["name"]
    out = [line.rstrip()]
    for c in e.get("components", []):
        out.extend(fmt_element(c, indent + 2, f"{e['seq']:02d}-{c['seq']}"))
    return out


def fmt(children, indent):
    lines = []
    for c in children:
        if c["kind"] == "segment":
            lines.append(" " * indent + f"{c['id']} {c['usage']} {c['max']}  {c['name']}")
            for e in c["elements"]:
                lines.extend(fmt_element(e, indent + 2, f"{e['seq']:02d}"))
            for r in c["rules"]:
                lines.append(" " * (indent + 2) + "rule " + r)
        else:
            lines.append(" " * indent + f"loop {c['id']} {c['usage']} {c['repeat']}  {c['name']}")
            lines.extend(fmt(c["children"], indent + 2))
    return lines


def main():
    os.makedirs(OUT, exist_ok=True)
    for cls, path, st01, version, gs01, patch in GUIDES:
        title, body = transaction_body(path)
        notes = patch(body) if patch else []
        if st01 == "999":
            # The 999 map's GS/ST carry X231A1; nothing else to change.
            pass
        title = TITLES.get(cls, title)
        text = [f"guide {st01} {version} {gs01}  {' '.join(title.split())}"]
        text.append(f"note Generated from the pyx12 map {path} ({PYX12}).")
        if path.startswith(("270.4010", "271.4010", "276.4010")):
            text.append(f"note pyx12 has no 5010 map for {st01} {version}: built from the 4010 skeleton with the 5010 deltas below.")
        text.extend("note " + n for n in notes)
        text.append("note External code lists (states, countries, place of service, remark codes, claim status, service types) are not checked.")
        text.extend(fmt(body, 0))
        header = [
            "// <auto-generated>",
            f"// Generated by tools/guidegen/guidegen.py from the pyx12 map {path}",
            f"// ({PYX12}); facts only, in OpenRCM's own guide text format (Guides/GuideText.md).",
            "// Do not edit by hand: change the generator or its patches and run it again.",
        ]
        if path.startswith(("270.4010", "271.4010", "276.4010")):
            header.append(f"// pyx12 has no 5010 map for {st01} {version}: this is the 4010 skeleton with these 5010 deltas:")
        elif notes:
            header.append("// Changes to the pyx12 map:")
        header.extend(f"//   - {n}" for n in notes)
        header.append("// </auto-generated>")
        src = "\n".join(header) + "\n" + "\n".join([
            "namespace Rcm.X12.Guides.Data;",
            "",
            f"internal static class {cls}",
            "{",
            '    internal const string Text = """',
        ]) + "\n" + "\n".join(text) + '\n""";\n}\n'
        with open(os.path.join(OUT, cls + ".cs"), "w") as f:
            f.write(src)
        print(cls, len(text), "lines")


main()
