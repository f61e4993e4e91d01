"""The reference database on real SQLite files, and the context API on a real local server."""

from __future__ import annotations

import json
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from document_pipeline.enrichment import (
    ContextError,
    ContextUnavailable,
    ExternalContextClient,
    ReferenceDB,
    companies_to_check,
    enrich,
    fetch_external,
)
from document_pipeline.enrichment.context_service import ContextService, company_record
from document_pipeline.enrichment.fixtures import default_fixtures_path
from document_pipeline.enrichment.schema import MIGRATIONS

TABLES = ("vendors", "customers", "purchase_orders", "contracts", "filed_invoices", "tickets")


@pytest.fixture
def db(tmp_path: Path) -> Iterator[ReferenceDB]:
    reference = ReferenceDB.open(f"sqlite:///{tmp_path / 'reference.db'}")
    reference.seed(None)
    yield reference
    reference.close()


def invoice(**fields: Any) -> dict[str, Any]:
    values = {"invoice_number": "INV-7", "vendor": "ACME GmbH", "total": 1589.80,
              "currency": "EUR", "purchase_order": "PO-2024-0042", **fields}
    return {"type": "invoice", "confidence": 0.93, "fields": values,
            "document": {"name": "inv.pdf", "problems": []}, "text_excerpt": "INVOICE"}


# ----- the database ------------------------------------------------------------------------


@pytest.mark.parametrize("url", ["postgresql://db/reference", "reference.db", "sqlite:///",
                                 "sqlite://reference.db"])
def test_only_sqlite_urls_are_accepted(url: str) -> None:
    with pytest.raises(ValueError, match="use sqlite:///path/to/reference.db"):
        ReferenceDB.open(url)


def test_a_new_file_gets_every_table_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "reference.db"
    db = ReferenceDB.open(f"sqlite:///{path}")
    assert db.schema_version == MIGRATIONS[-1][0]
    with sqlite3.connect(path) as conn:
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        versions = [row[0] for row in conn.execute("SELECT version FROM schema_version")]
    conn.close()
    assert set(TABLES) <= names
    assert versions == [number for number, _ in MIGRATIONS]
    # Opening again applies nothing twice.
    assert ReferenceDB.open(f"sqlite:///{path}").schema_version == db.schema_version
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM schema_version").fetchone()[0] == len(MIGRATIONS)
    conn.close()


def test_seeding_twice_never_duplicates_and_a_changed_file_updates(
    db: ReferenceDB, tmp_path: Path
) -> None:
    counts = db.seed(None)
    assert counts == {"vendors": 5, "customers": 2, "purchase_orders": 3, "contracts": 1,
                      "tickets": 2}
    for table, expected in counts.items():
        assert db.count(table) == expected
    changed = tmp_path / "changed.yaml"
    text = default_fixtures_path().read_text().replace("tier: standard", "tier: silver")
    changed.write_text(text)
    db.seed(changed)
    assert db.count("customers") == 2
    customer = db.find_customer("Fabrikam Inc")
    assert customer is not None and customer.tier == "silver"


@pytest.mark.parametrize(("fixture", "problem"), [
    ("vendors: [{name: X, country: Germany}]", "vendors.0.country"),
    ("customers: [{name: X, tier: diamond}]", "customers.0.tier"),
    ("vendors: [{name: X, country: DE, colour: red}]", "vendors.0.colour"),
    ("purchase_orders: [{number: P-1, vendor: Nobody, amount: 1, currency: EUR}]",
     "purchase order P-1 names 'Nobody', which is not one of the vendors"),
    ("vendors: [", "not valid YAML"),
])
def test_a_bad_fixture_file_is_refused_with_the_problem(
    db: ReferenceDB, tmp_path: Path, fixture: str, problem: str
) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(fixture)
    with pytest.raises(ValueError) as caught:
        db.seed(path)
    assert problem in str(caught.value)
    assert db.count("vendors") == 5


@pytest.mark.parametrize("query", ["ACME GmbH", "Acme GmbH.", "  acme   gmbh ", "ACME",
                                   "DE123456789", "de 123 456 789"])
def test_vendors_are_found_whatever_the_spelling(db: ReferenceDB, query: str) -> None:
    vendor = db.find_vendor(query)
    assert vendor is not None and vendor.name == "ACME GmbH" and vendor.country == "DE"


def test_vendor_lookup_by_core_name_and_misses(db: ReferenceDB) -> None:
    globex = db.find_vendor("Globex Corp")
    initech = db.find_vendor("INITECH BV")
    assert globex is not None and globex.name == "Globex Corporation"
    assert initech is not None and initech.country == "NL"
    assert db.find_vendor("Blue Harbor Logistics") is None
    assert db.find_vendor("") is None


def test_customers_by_name_address_or_domain(db: ReferenceDB) -> None:
    for query in ("Contoso Ltd", "contoso", "Jane <jane@Contoso.com>", "contoso.com",
                  "it@eu.contoso.com"):
        customer = db.find_customer(query)
        assert customer is not None and customer.name == "Contoso Ltd", query
        assert customer.tier == "gold"
    assert db.find_customer("someone@gmail.com") is None
    assert db.find_customer("Wayne Enterprises") is None


def test_purchase_orders_contracts_and_tickets(db: ReferenceDB) -> None:
    order = db.find_purchase_order("po 2024 0107")
    assert order is not None
    assert (order.vendor_name, order.amount, order.currency, order.status) == (
        "Northwind Traders Ltd", 412.50, "GBP", "open")
    assert db.find_purchase_order("PO-1999-0001") is None
    contracts = db.contracts_for("Contoso Ltd.")
    assert [(c.reference, c.start_date, c.end_date) for c in contracts] == [
        ("MSA-CONTOSO-2023", "2023-01-01", "2025-12-31")]
    assert contracts[0].in_force_on("2024-06-01") and not contracts[0].in_force_on("2026-01-01")
    assert db.contracts_for("Fabrikam Inc") == []
    fabrikam = db.find_customer("fabrikam.com")
    assert fabrikam is not None
    tickets = db.open_tickets_for(fabrikam.id)
    assert len(tickets) == 2 and {t.product for t in tickets} == {"Lamina Cloud"}


def test_filing_is_idempotent_by_key_and_found_as_a_duplicate(db: ReferenceDB) -> None:
    assert db.find_filed_invoice("ACME GmbH", "INV-7") is None
    first = db.record_filed_invoice("Acme GmbH.", "INV-7", 1589.8, "EUR", "key-1")
    again = db.record_filed_invoice("ACME GmbH", "INV-7", 99.0, "EUR", "key-1")
    assert again == first and db.count("filed_invoices") == 1
    assert first.vendor_name == "ACME GmbH" and first.total == 1589.8
    vendor = db.find_vendor("ACME GmbH")
    assert vendor is not None
    for lookup in (vendor.id, "acme gmbh", "DE123456789"):
        found = db.find_filed_invoice(lookup, "inv 7")
        assert found is not None and found.key == "key-1"
    db.record_filed_invoice("ACME GmbH", "INV-7", 1589.8, "EUR", "key-2")
    found = db.find_filed_invoice("ACME GmbH", "INV-7")
    assert found is not None and found.key == "key-1"
    assert db.find_filed_invoice("Globex Corporation", "INV-7") is None
    # Vendors outside the register are remembered by name.
    db.record_filed_invoice("Blue Harbor Logistics", "BH-1", 10, "EUR", "key-3")
    found = db.find_filed_invoice("blue harbor logistics", "BH1")
    assert found is not None and found.vendor_id is None


def test_one_database_shared_by_threads_loses_nothing(db: ReferenceDB) -> None:
    errors: list[BaseException] = []

    def file_invoices(worker: int) -> None:
        try:
            for n in range(20):
                db.record_filed_invoice("Globex Corp", f"G-{worker}-{n}", n, "USD",
                                        f"key-{worker}-{n}")
                assert db.find_filed_invoice("Globex Corporation", f"G-{worker}-{n}")
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=file_invoices, args=(w,)) for w in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert db.count("filed_invoices") == 120


def test_a_closed_database_refuses_work(db: ReferenceDB) -> None:
    db.close()
    with pytest.raises(RuntimeError, match="closed"):
        db.find_vendor("ACME GmbH")


# ----- enrichment blocks ------------------------------------------------------------------


def test_a_known_vendor_invoice_matching_its_order(db: ReferenceDB) -> None:
    block = enrich(invoice(vendor="Acme GmbH."), db)
    assert block["vendor"] == {"known": True, "id": 1, "name": "ACME GmbH", "country": "DE",
                               "vat_id": "DE123456789"}
    order = block["purchase_order"]
    assert (order["found"], order["vendor_matches"], order["total_matches"]) == (True,) * 3
    assert (order["amount"], order["currency"], order["status"]) == (1589.8, "EUR", "open")
    assert block["duplicate"]["is_duplicate"] is False
    assert block["external"] == {"configured": False, "available": False,
                                 "error": "no external context API configured"}
    json.dumps(block)


@pytest.mark.parametrize(("total", "currency", "matches"), [
    (1589.81, "EUR", True), (1589.79, "EUR", True), (1589.82, "EUR", False),
    (1589.80, "GBP", False), (None, "EUR", False),
])
def test_totals_match_within_a_cent_in_the_same_currency(
    db: ReferenceDB, total: float | None, currency: str, matches: bool
) -> None:
    order = enrich(invoice(total=total, currency=currency), db)["purchase_order"]
    assert order["total_matches"] is matches


def test_unknown_vendor_foreign_order_and_duplicate(db: ReferenceDB) -> None:
    unknown = enrich(invoice(vendor="Blue Harbor Logistics", purchase_order=None), db)
    assert unknown["vendor"]["known"] is False
    assert unknown["vendor"]["name"] == "Blue Harbor Logistics"
    assert unknown["purchase_order"]["found"] is False
    foreign = enrich(invoice(vendor="Globex Corporation"), db)["purchase_order"]
    assert foreign["found"] and foreign["vendor_matches"] is False
    db.record_filed_invoice("ACME GmbH", "INV-7", 1589.8, "EUR", "exec-1")
    duplicate = enrich(invoice(), db)["duplicate"]
    assert duplicate == {"is_duplicate": True, "first_filed_key": "exec-1",
                         "first_filed_at_ms": duplicate["first_filed_at_ms"], "checked": True}


def test_the_vat_id_wins_over_a_misread_name(db: ReferenceDB) -> None:
    block = enrich(invoice(vendor="ACNE GmbH", vat_id="DE 123456789"), db)
    assert block["vendor"]["known"] and block["vendor"]["name"] == "ACME GmbH"


def test_contracts_know_their_parties_and_the_agreement_in_force(db: ReferenceDB) -> None:
    fields = {"parties": ["Contoso Ltd.", "Lamina Labs Ltd"], "effective_date": "2024-03-01"}
    block = enrich({"type": "contract", "fields": fields}, db)
    assert block["known_customers"] == ["Contoso Ltd"] and block["known_vendors"] == []
    assert [c["reference"] for c in block["existing_contracts"]] == ["MSA-CONTOSO-2023"]
    assert block["covering_contract"]["reference"] == "MSA-CONTOSO-2023"
    later = enrich({"type": "contract", "fields": {**fields, "effective_date": "2026-02-01"}}, db)
    assert later["covering_contract"] is None
    assert later["existing_contracts"] == block["existing_contracts"]


def test_tickets_know_the_customer_and_their_open_tickets(db: ReferenceDB) -> None:
    fields = {"customer": "Fabrikam", "customer_email": "ops@fabrikam.com",
              "product": "Lamina Cloud", "severity": "high"}
    block = enrich({"type": "support_ticket", "fields": fields}, db)
    assert block["customer"]["known"] and block["customer"]["tier"] == "standard"
    assert block["open_tickets"] == 2 and block["open_tickets_same_product"] == 2
    stranger = enrich({"type": "support_ticket", "fields": {"customer": "Umbrella"}}, db)
    assert stranger["customer"] == {"known": False, "id": None, "name": "Umbrella",
                                    "tier": None}
    assert stranger["open_tickets"] == 0


# ----- the external context API ----------------------------------------------------------


@pytest.fixture
def service() -> Iterator[ContextService]:
    with ContextService(sanctioned=["Blofeld Holdings"]) as running:
        yield running


def test_the_service_answers_the_same_for_the_same_name(service: ContextService) -> None:
    client = ExternalContextClient(service.url, timeout=2)
    first = client.company("ACME GmbH")
    assert first == client.company("ACME GmbH")
    assert first["found"] and first["registration_status"] == "active"
    assert first["sanctioned"] is False and first["credit_rating"]
    assert client.company("Blofeld Holdings Ltd")["sanctioned"] is True
    assert company_record("Initrode")["registration_status"] == "dissolved"


def test_a_slow_api_times_out_as_unavailable() -> None:
    with ContextService(latency=0.6) as slow:
        started = time.monotonic()
        with pytest.raises(ContextUnavailable, match="did not answer in 0.2 s"):
            ExternalContextClient(slow.url, timeout=0.2).company("ACME GmbH")
        assert time.monotonic() - started < 0.55
        assert ExternalContextClient(slow.url, timeout=3).company("ACME GmbH")["found"]


def test_an_outage_fails_then_recovers(service: ContextService) -> None:
    client = ExternalContextClient(service.url, timeout=2)
    service.go_down(2)
    for _ in range(2):
        with pytest.raises(ContextUnavailable, match="503"):
            client.company("ACME GmbH")
    assert client.company("ACME GmbH")["found"]
    assert (service.requests, service.failures) == (3, 2)


def test_a_failure_rate_fails_a_share_of_requests() -> None:
    with ContextService(failure_rate=0.5, seed=7) as flaky:
        client = ExternalContextClient(flaky.url, timeout=2)
        outcomes = []
        for _ in range(20):
            try:
                outcomes.append(bool(client.company("Globex")))
            except ContextUnavailable:
                outcomes.append(False)
        assert 3 <= outcomes.count(False) <= 17 and flaky.failures == outcomes.count(False)


def test_nobody_listening_is_unavailable_and_a_bad_request_is_not() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(ContextUnavailable, match="unreachable"):
        ExternalContextClient(f"http://127.0.0.1:{port}", timeout=1).company("ACME GmbH")
    with ContextService() as running:
        with pytest.raises(ContextError) as caught:
            ExternalContextClient(running.url).company(" ")
        assert not isinstance(caught.value, ContextUnavailable)
    with pytest.raises(ValueError, match="http"):
        ExternalContextClient("ftp://example.com")


def test_fetch_external_raises_and_enrich_merges_its_result(
    db: ReferenceDB, service: ContextService
) -> None:
    client = ExternalContextClient(service.url, timeout=2)
    contract = {"type": "contract", "fields": {"parties": ["Contoso Ltd", "Blofeld Holdings",
                                                           "Contoso Ltd"]}}
    assert companies_to_check(contract) == ["Contoso Ltd", "Blofeld Holdings"]
    result = fetch_external(client, contract)
    assert result["available"] and result["sanctioned"] is True
    merged = enrich(contract, db, external_result=result)["external"]
    assert merged["configured"] and [c["query"] for c in merged["companies"]] == [
        "Contoso Ltd", "Blofeld Holdings"]
    service.go_down(1)
    with pytest.raises(ContextUnavailable):
        fetch_external(client, invoice())
    service.go_down(1)
    with pytest.raises(ContextUnavailable):
        enrich(invoice(), db, client)
    assert enrich(invoice(), db, client)["external"]["available"] is True


def test_the_service_runs_as_a_command() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [sys.executable, "-m", "document_pipeline.enrichment.context_service",
               "--port", str(port), "--latency", "0.05", "--sanctioned", "Oceanic Air"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        url = f"http://127.0.0.1:{port}/companies?name=Oceanic%20Air"
        deadline = time.monotonic() + 20
        while True:
            try:
                with urllib.request.urlopen(url, timeout=2) as response:
                    answer = json.loads(response.read())
                break
            except OSError:
                assert process.poll() is None, process.stderr.read() if process.stderr else ""
                assert time.monotonic() < deadline, "the service did not start"
                time.sleep(0.1)
        assert answer["sanctioned"] is True and answer["name"] == "Oceanic Air"
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stderr:
            process.stderr.close()


def test_of_two_copies_seen_at_once_exactly_one_is_the_original(db: ReferenceDB) -> None:
    copy = invoice(invoice_number="2024-99", vendor="ACME GmbH", total=10.0, currency="EUR")
    results: dict[str, bool] = {}

    def look(key: str) -> None:
        block = enrich(copy, db, seen_key=key)
        results[key] = block["duplicate"]["is_duplicate"]

    threads = [threading.Thread(target=look, args=(f"exec-{n}",)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results.values()) == [False] + [True] * 5
    original = next(key for key, duplicate in results.items() if not duplicate)
    # Looking again for the original (a replay) still finds it original.
    assert enrich(copy, db, seen_key=original)["duplicate"]["is_duplicate"] is False
