"""Tests of the Python module over libwarta_c (run by ctest: python3 -m unittest test_warta)."""

import json
import threading
import unittest

import warta

ARTICLE = (
    "Jokowi Terima Kunjungan PM Malaysia di Istana Bogor\n\n"
    "BOGOR, KOMPAS.com – Presiden Joko Widodo menerima kunjungan Perdana Menteri Malaysia Anwar Ibrahim "
    "di Istana Kepresidenan Bogor, Jawa Barat, Senin (8/1/2024).\n\n"
    "Kedua pemimpin membahas kerja sama perbatasan dan perlindungan pekerja migran.\n\n"
    "“Kami sepakat mempercepat penyelesaian batas darat kedua negara,” kata Jokowi kepada wartawan.\n\n"
    "Menurut Anwar, Malaysia ingin memperluas perdagangan dengan Indonesia tahun ini.\n"
)


class EngineTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.engine = warta.Engine()

    @classmethod
    def tearDownClass(cls):
        cls.engine.close()

    def test_offsets_are_str_indexes(self):
        self.assertFalse(ARTICLE.isascii())  # the dash and quotes make bytes != code points
        result = self.engine.extract(ARTICLE)
        self.assertTrue(result.entities)
        for entity in result.entities:
            for m in entity.mentions:
                self.assertEqual(ARTICLE[m.start:m.end], m.text)
        self.assertTrue(result.dates)
        for d in result.dates:
            self.assertEqual(ARTICLE[d.start:d.end], d.text)
        for a in result.attributions:
            self.assertEqual(ARTICLE[a.content.start:a.content.end], a.content.text)
        for p in result.article.paragraphs:
            self.assertLessEqual(p.end, len(ARTICLE))

    def test_bytes_input_keeps_byte_offsets(self):
        data = ARTICLE.encode()
        result = self.engine.extract(data)
        for entity in result.entities:
            for m in entity.mentions:
                self.assertEqual(data[m.start:m.end].decode(), m.text)

    def test_hints(self):
        result = self.engine.extract("Presiden Joko Widodo tiba di Beijing kemarin.", title="Jokowi Tiba di Beijing",
                                     published="2024-06-19", body_only=True)
        self.assertEqual(result.article.title, "Jokowi Tiba di Beijing")
        self.assertIsNone(result.article.title_span)

    def test_invalid_utf8_raises_with_offset(self):
        data = "Presiden Joko Widodo ".encode() + b"\xff tiba."
        with self.assertRaises(warta.WartaError) as caught:
            self.engine.extract(data)
        self.assertEqual(caught.exception.status, warta.ERR_INVALID_UTF8)
        self.assertEqual(caught.exception.byte_offset, data.index(b"\xff"))

    def test_replace_mode_counts_repairs(self):
        data = ARTICLE.encode() + b"Harga naik \xff persen.\n"
        result = self.engine.extract(data, invalid_utf8="replace")
        self.assertGreaterEqual(result.repairs.invalid_utf8_replaced, 1)

    def test_bad_arguments_raise(self):
        with self.assertRaises(ValueError):
            self.engine.extract(ARTICLE, invalid_utf8="ignore")
        with self.assertRaises(ValueError):
            self.engine.extract(ARTICLE, stages=["entities", "weather"])

    def test_stages_can_be_switched_off(self):
        result = self.engine.extract(ARTICLE, stages=["entities"])
        self.assertEqual(result.dates, [])
        self.assertEqual(result.attributions, [])

    def test_json_is_warta1(self):
        doc = json.loads(self.engine.extract_json(ARTICLE))
        self.assertEqual(doc["schema"], "warta/1")
        data = ARTICLE.encode()
        for entity in doc["entities"]:
            for m in entity["mentions"]:  # JSON keeps byte offsets
                self.assertEqual(data[m["start"]:m["end"]].decode(), m["text"])

    def test_missing_lexicon_file(self):
        with self.assertRaises(warta.WartaError) as caught:
            warta.Engine(lexicons=[warta.Lexicon(path="/nonexistent/lexicon.tsv")])
        self.assertEqual(caught.exception.status, warta.ERR_IO)

    def test_buffer_lexicon_without_builtins_and_no_retention(self):
        tsv = "ORG\tKoperasi Sinar Tani Makmur\tKSTM\tQ999999001\tID\t\n"
        with warta.Engine(lexicons=[warta.Lexicon(data=tsv, name="test")], builtin_lexicons=False,
                          workspace_retention_bytes=0) as engine:
            result = engine.extract("Koperasi Sinar Tani Makmur bekerja sama dengan Kementerian Pertanian.")
            self.assertEqual([e.kb_id for e in result.entities if e.kb_id], ["Q999999001"])
            first = engine.extract_json(ARTICLE)
            self.assertEqual(engine.extract_json(ARTICLE), first)
        with self.assertRaises(ValueError):
            warta.Engine(workspace_retention_bytes=-1)

    def test_many_threads_share_one_engine(self):
        expected = self.engine.extract_json(ARTICLE)
        failures = []

        def work():
            for _ in range(20):
                if self.engine.extract_json(ARTICLE) != expected:
                    failures.append(1)

        threads = [threading.Thread(target=work) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(failures, [])

    def test_closed_engine(self):
        engine = warta.Engine()
        engine.close()
        with self.assertRaises(ValueError):
            engine.extract(ARTICLE)

    def test_version(self):
        self.assertRegex(warta.library_version(), r"^\d+\.\d+\.\d+$")


if __name__ == "__main__":
    unittest.main()
