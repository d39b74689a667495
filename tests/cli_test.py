#!/usr/bin/env python3
"""End-to-end tests of the `warta` CLI, checked with Python's JSON parser (standard library only).

    cli_test.py PATH/TO/warta EXAMPLES_DATA_DIR
"""
import json
import os
import subprocess
import sys
import tempfile
import unittest

WARTA = None
DATA = None


def run(args, stdin=None):
    cp = subprocess.run([WARTA] + args, input=stdin, capture_output=True, timeout=120)
    return cp.returncode, cp.stdout, cp.stderr


def lines(out):
    return [json.loads(x) for x in out.decode("utf-8").splitlines() if x.strip()]


class CliTest(unittest.TestCase):
    def test_sample_article(self):
        code, out, err = run(["extract", os.path.join(DATA, "article.txt")])
        self.assertEqual(code, 0, err)
        doc = json.loads(out)
        self.assertEqual(doc["schema"], "warta/1")
        for key in ("article", "entities", "summits", "attributions", "dates"):
            self.assertIn(key, doc)
        art = doc["article"]
        self.assertEqual(art["outlet"], "Kompas.com")
        self.assertEqual(art["published"], "2024-01-08")
        self.assertEqual(art["authors"], ["Rina Puspita"])
        self.assertEqual(art["editors"], ["Bima Santoso"])
        self.assertEqual(art["dateline"]["place"], "Bogor")
        self.assertTrue(art["related"])
        raw = open(os.path.join(DATA, "article.txt"), "rb").read()
        for p in art["paragraphs"]:
            self.assertLessEqual(0, p["start"])
            self.assertLessEqual(p["end"], len(raw))
            self.assertNotIn(b"Baca juga", raw[p["start"]:p["end"]])

    def test_pretty_is_the_same_json(self):
        path = os.path.join(DATA, "article.txt")
        _, compact, _ = run(["extract", path])
        _, pretty, _ = run(["extract", "--pretty", path])
        self.assertEqual(json.loads(compact), json.loads(pretty))
        self.assertIn(b"\n  ", pretty)

    def test_several_files_give_json_lines_with_input(self):
        path = os.path.join(DATA, "article.txt")
        code, out, _ = run(["extract", path, path])
        self.assertEqual(code, 0)
        docs = lines(out)
        self.assertEqual(len(docs), 2)
        self.assertEqual(docs[0]["input"], path)

    def test_jsonl_order_ids_and_thread_independence(self):
        recs = []
        for i in range(300):
            recs.append(json.dumps({"id": f"r{i}", "text": f"JAKARTA - Presiden Joko Widodo bertemu Menteri {i} di Istana Merdeka, Senin (8/1/2024).\nIa mengatakan, \"Kami sepakat.\"",
                                    "published": "2024-01-09"}))
        data = ("\n".join(recs) + "\n").encode()
        outs = []
        for n in ("1", "2", "4"):
            code, out, err = run(["extract", "--jsonl", "-", "--threads", n], stdin=data)
            self.assertEqual(code, 0, err)
            outs.append(out)
        self.assertEqual(outs[0], outs[1])
        self.assertEqual(outs[0], outs[2])
        docs = lines(outs[0])
        self.assertEqual([d["id"] for d in docs], [f"r{i}" for i in range(300)])

    def test_bad_records_are_named_and_not_dropped(self):
        data = b'{"id":"a","text":"Halo dunia."}\nnot json\n{"id":"b"}\n{"id":"c","text":"Baik."}\n'
        code, out, err = run(["extract", "--jsonl", "-"], stdin=data)
        self.assertEqual(code, 1)
        docs = lines(out)
        self.assertEqual(len(docs), 4)
        self.assertIn("error", docs[1])
        self.assertEqual(docs[2]["id"], "b")
        self.assertIn("error", docs[2])
        self.assertEqual(docs[3]["id"], "c")
        self.assertIn(b"line 2", err)
        self.assertIn(b"record b", err)

    def test_invalid_utf8_rejected_with_offset_or_replaced(self):
        with tempfile.NamedTemporaryFile(delete=False) as f:
            f.write(b"JAKARTA - Presiden Joko Widodo \xff\xfe berkata.\x00 Lalu \x01 pergi.")
            path = f.name
        try:
            code, out, err = run(["extract", path])
            self.assertEqual(code, 1)
            self.assertIn(b"byte offset 31", err)
            self.assertEqual(lines(out)[0]["error"]["byte_offset"], 31)
            code, out, err = run(["extract", "--replace-invalid", path])
            self.assertEqual(code, 0, err)
            doc = json.loads(out)
            self.assertEqual(doc["repairs"]["invalid_utf8_replaced"], 2)
        finally:
            os.unlink(path)

    def test_control_characters_stay_valid_json(self):
        text = "Judul\x01\x02\x1f\n\nJAKARTA - Isi\x00 berita \u2028 dengan \"kutipan\" dan \\ garis.\n"
        code, out, err = run(["extract", "--jsonl", "-"], stdin=json.dumps({"id": 1, "text": text}).encode())
        self.assertEqual(code, 0, err)
        self.assertEqual(lines(out)[0]["id"], "1")

    def test_usage_errors_exit_2(self):
        self.assertEqual(run([])[0], 2)
        self.assertEqual(run(["extract"])[0], 2)
        self.assertEqual(run(["extract", "--threads", "0", "x"])[0], 2)
        self.assertEqual(run(["frobnicate"])[0], 2)
        code, out, _ = run(["--help"])
        self.assertEqual(code, 0)
        self.assertIn(b"--jsonl", out)


if __name__ == "__main__":
    WARTA, DATA = sys.argv[1], sys.argv[2]
    unittest.main(argv=[sys.argv[0]], verbosity=1)
