"""Why the store refused an edit, in the user's language (Qt-free).

The store raises `ValidationError` with an English reason plus a `code` and `params`
(db/values.py, db/store/). Here those become Dutch or English text, and the field named
by `where` ("action[a1].budget_eur") becomes its label ("Budget (EUR)").
"""

from __future__ import annotations

import re

from db import catalogue
from db.errors import RoadmapError, ValidationError

REASONS = {
    "nl": {
        "not_text": "verwacht tekst",
        "bad_char": "bevat een ongeldig teken ({char})",
        "too_long": "de tekst is te lang ({length} tekens, hoogstens {limit})",
        "not_bool": "verwacht ja of nee",
        "not_int": "verwacht een geheel getal",
        "not_number": "verwacht een getal",
        "not_finite": "verwacht een eindig getal",
        "not_date": "verwacht een datum als JJJJ-MM-DD of DD-MM-JJJJ",
        "bad_date": "geen bestaande datum",
        "not_choice": "geen van de toegelaten keuzes",
        "not_ref": "kies een item uit de lijst",
        "missing_ref": "het gekozen item bestaat niet meer",
        "not_colour": "verwacht een kleur als #rrggbb",
        "too_small": "moet minstens {minimum:g} zijn",
        "too_large": "mag hoogstens {maximum:g} zijn",
        "required": "er is een waarde nodig",
        "cycle": "zo zou een actie van zichzelf afhangen: {names}",
        "broken_link": "deze wijziging breekt een koppeling tussen rijen",
        "json_not_object": "dit is geen roadmap-JSON: verwacht een JSON-object bovenaan",
        "json_format": "dit is geen Routekaart-roadmap-JSON",
        "json_too_new": ("versie {version} werd geschreven door een nieuwere Routekaart; deze "
                         "versie leest tot {supported}"),
        "json_section": "onbekend onderdeel “{section}” van een roadmapdocument",
        "json_twice": "de id “{id}” komt twee keer voor",
        "json_dangling": "verwijst naar “{target}”, dat niet in het bestand staat",
        "json_cycle": "de afhankelijkheden vormen een kring: {names}",
        "json_not_text": "geen UTF-8-tekstbestand, dus geen roadmap-JSON",
        "json_syntax": "geen geldige JSON (regel {line}, kolom {column})",
    },
    "en": {
        "not_text": "expected text",
        "bad_char": "contains an invalid character ({char})",
        "too_long": "the text is too long ({length} characters, at most {limit})",
        "not_bool": "expected yes or no",
        "not_int": "expected a whole number",
        "not_number": "expected a number",
        "not_finite": "expected a finite number",
        "not_date": "expected a date as YYYY-MM-DD or DD-MM-YYYY",
        "bad_date": "not a calendar date",
        "not_choice": "not one of the allowed choices",
        "not_ref": "choose an item from the list",
        "missing_ref": "the chosen item no longer exists",
        "not_colour": "expected a colour as #rrggbb",
        "too_small": "must be at least {minimum:g}",
        "too_large": "must be at most {maximum:g}",
        "required": "a value is required",
        "cycle": "this would make an action depend on itself: {names}",
        "broken_link": "the edit breaks a link between rows",
        "json_not_object": "not roadmap JSON: expected a JSON object at the top level",
        "json_format": "this is not a Routekaart roadmap JSON file",
        "json_too_new": ("version {version} was written by a newer Routekaart; this version reads "
                         "up to {supported}"),
        "json_section": "unknown section “{section}” of a roadmap document",
        "json_twice": "the id “{id}” is used twice",
        "json_dangling": "refers to “{target}”, which is not in the file",
        "json_cycle": "the dependencies form a cycle: {names}",
        "json_not_text": "not a UTF-8 text file, so not roadmap JSON",
        "json_syntax": "not valid JSON (line {line}, column {column})",
    },
}

#: Whole messages for errors about files (not about one field), by code.
MESSAGES = {
    "nl": {
        "missing_file": "Het bestand {path} bestaat niet.",
        "is_folder": "{path} is een map, geen roadmapbestand.",
        "no_read": "Je hebt geen toestemming om {path} te lezen.",
        "not_roadmap": "{name} is geen Routekaart-roadmap.",
        "other_database": "{name} is een database, maar geen Routekaart-roadmap.",
        "unreadable": "{name} kan niet gelezen worden. Het bestand werd niet gewijzigd.",
        "too_new": ("{name} werd bewaard met een nieuwere Routekaart (bestandsformaat {version}; "
                    "deze versie leest tot {supported}). Werk Routekaart bij om het te openen; "
                    "het bestand werd niet gewijzigd."),
        "damaged": ("{name} is beschadigd. Het bestand werd niet gewijzigd; herstel het uit een "
                    "momentopname of back-up."),
        "disk_full": ("De schijf met {path} is vol. De laatste wijziging werd niet bewaard; de "
                      "roadmap is ongewijzigd. Maak ruimte vrij en probeer opnieuw."),
        "cannot_write": "{path} kan niet beschreven worden (alleen-lezen). De wijziging werd niet bewaard.",
        "open_read_only": "{path} is alleen-lezen geopend; de wijziging werd niet bewaard.",
        "closed": "{path} is gesloten; er kan niets meer gelezen of bewaard worden.",
        "in_use": "{name} is al geopend om te bewerken door {who}{on_host}. Je kan het alleen-lezen openen.",
        "folder_read_only": ("{name} staat in een map waarin je niet kan schrijven; "
                             "je kan het alleen alleen-lezen openen."),
        "export_disk_full": "Kon {name} niet schrijven: de schijf is vol. Maak ruimte vrij of kies een andere map.",
        "export_locked": ("Kon {name} niet vervangen: het bestand is misschien geopend in Word of een "
                          "pdf-lezer. Sluit het en probeer opnieuw, of kies een andere naam."),
        "export_missing_folder": "Kon {name} niet schrijven: de map {folder} bestaat niet.",
        "export_no_write": "Kon {name} niet schrijven: je hebt geen schrijfrechten in {folder}. Kies een andere map.",
        "revision_unreadable": "De inhoud van deze revisie is geen leesbare roadmap; kies een andere revisie.",
        "wal_foreign": ("{name} had een wijzigingslogboek ({wal}) dat bij een andere database "
                        "hoort. Het werd niet toegepast maar bewaard als {aside} naast de roadmap; "
                        "de roadmap werd geopend zoals het bestand hem bevat."),
        "wal_page_size": ("{name} had een wijzigingslogboek ({wal}) dat bij een andere database "
                          "hoort (andere paginagrootte). Het werd niet toegepast maar bewaard als "
                          "{aside} naast de roadmap; de roadmap werd geopend zoals het bestand hem "
                          "bevat."),
        "wal_older": ("{name} had een wijzigingslogboek ({wal}) dat ouder is dan het bestand. Het "
                      "werd niet toegepast maar bewaard als {aside} naast de roadmap; de roadmap "
                      "werd geopend zoals het bestand hem bevat."),
        "wal_mismatch": ("{name} had een wijzigingslogboek ({wal}) dat niet bij dit bestand past: "
                         "het hoort bij een andere roadmap of bij een oudere toestand van deze. Het "
                         "werd niet toegepast maar bewaard als {aside} naast de roadmap; de "
                         "roadmap werd geopend zoals het bestand hem bevat."),
        "wal_stuck": ("{name} heeft een wijzigingslogboek ({wal}) dat er niet bij hoort en dat niet "
                      "opzijgezet kon worden. De roadmap werd niet geopend, dus er werd niets "
                      "toegepast; zet dat bestand zelf weg."),
        "disk_full_open": ("De schijf met {path} is vol, dus de roadmap kan niet geopend worden "
                           "(SQLite heeft wat ruimte naast het bestand nodig). Het bestand werd niet "
                           "gewijzigd. Maak ruimte vrij en probeer opnieuw."),
        "disk_full_copy": ("De schijf met {path} is vol; de kopie werd niet gemaakt (er bleef niets "
                           "achter) en de roadmap is ongewijzigd. Maak ruimte vrij en probeer opnieuw."),
        "disk_full_import": ("De schijf met {path} is vol; de roadmap werd niet geïmporteerd en er "
                             "bleef niets achter. Maak ruimte vrij en probeer opnieuw."),
        "disk_full_snapshot": ("De schijf met {path} is vol; de momentopname werd niet bewaard. Je "
                               "roadmap is ongewijzigd."),
        "no_version": ("{name} bevat roadmaptabellen maar geen bestandsformaatnummer (user_version "
                       "is 0; waarschijnlijk heeft een ander programma het gewijzigd), dus Routekaart "
                       "weet niet hoe het te lezen. Het bestand werd niet geopend en niet gewijzigd; "
                       "herstel het uit een momentopname of back-up."),
        "bad_content": "{name} bevat gegevens die geen roadmapgegevens zijn; er werd niets samengevoegd.",
        "io_error": ("{name} kon niet beschreven worden: de schijf of het bestandssysteem meldde een "
                     "lees- of schrijffout. De laatste wijziging is misschien niet bewaard. Sluit de "
                     "roadmap, controleer de schijf (of de link of netwerkmap waarin het bestand "
                     "staat) en open het opnieuw."),
    },
    "en": {
        "missing_file": "The file {path} does not exist.",
        "is_folder": "{path} is a folder, not a roadmap file.",
        "no_read": "You have no permission to read {path}.",
        "not_roadmap": "{name} is not a Routekaart roadmap file.",
        "other_database": "{name} is a database, but not a Routekaart roadmap file.",
        "unreadable": "{name} cannot be read. The file was not changed.",
        "too_new": ("{name} was saved by a newer version of Routekaart (file format {version}, "
                    "this version reads up to {supported}). Please update Routekaart to open it; "
                    "the file was not changed."),
        "damaged": ("{name} is damaged. The file was not changed; restore it from a snapshot or "
                    "backup."),
        "disk_full": ("The disk holding {path} is full. The last edit was not stored; the roadmap "
                      "is unchanged. Free some space and try again."),
        "cannot_write": "{path} cannot be written (read-only). The edit was not stored.",
        "open_read_only": "{path} is open read-only; the edit was not stored.",
        "closed": "{path} is closed; nothing can be read or stored any more.",
        "in_use": "{name} is already open for editing by {who}{on_host}. You can open it read-only.",
        "folder_read_only": "{name} is in a folder you cannot write to; it can only be opened read-only.",
        "export_disk_full": "Could not write {name}: the disk is full. Free some space or choose another folder.",
        "export_locked": ("Could not replace {name}: the file may be open in Word or a PDF viewer. "
                          "Close it and try again, or choose another name."),
        "export_missing_folder": "Could not write {name}: the folder {folder} does not exist.",
        "export_no_write": ("Could not write {name}: you have no permission to write in {folder}. "
                            "Choose another folder."),
        "revision_unreadable": "The content of this revision is not a readable roadmap; choose another revision.",
        "wal_foreign": ("{name} had a change log ({wal}) that belongs to another database. It was "
                        "not applied but kept as {aside} beside the roadmap; the roadmap was "
                        "opened as its file holds it."),
        "wal_page_size": ("{name} had a change log ({wal}) that belongs to another database (other "
                          "page size). It was not applied but kept as {aside} beside the roadmap; "
                          "the roadmap was opened as its file holds it."),
        "wal_older": ("{name} had a change log ({wal}) that is older than the file. It was not "
                      "applied but kept as {aside} beside the roadmap; the roadmap was opened as "
                      "its file holds it."),
        "wal_mismatch": ("{name} had a change log ({wal}) that does not fit this file: it belongs to "
                         "another roadmap or to an older state of this one. It was not applied but "
                         "kept as {aside} beside the roadmap; the roadmap was opened as its file "
                         "holds it."),
        "wal_stuck": ("{name} has a change log ({wal}) that does not belong to it and could not be "
                      "moved aside. The roadmap was not opened, so nothing was applied; move that "
                      "file away yourself."),
        "disk_full_open": ("The disk holding {path} is full, so the roadmap cannot be opened (SQLite "
                           "needs a little room beside the file). The file was not changed. Free "
                           "some space and try again."),
        "disk_full_copy": ("The disk holding {path} is full; the copy was not made (nothing was left "
                           "behind) and the roadmap is unchanged. Free some space and try again."),
        "disk_full_import": ("The disk holding {path} is full; the roadmap was not imported and "
                             "nothing was left behind. Free some space and try again."),
        "disk_full_snapshot": ("The disk holding {path} is full; the snapshot was not kept. Your "
                               "roadmap is unchanged."),
        "no_version": ("{name} holds roadmap tables but no file-format number (its user_version is "
                       "0; another program probably changed it), so Routekaart cannot tell how to "
                       "read it. The file was not opened and not changed; restore it from a "
                       "snapshot or backup."),
        "bad_content": "{name} holds data that is not roadmap data; nothing was merged.",
        "io_error": ("{name} could not be written: the disk or the file system reported a read/write "
                     "error. The last edit may not have been stored. Close the roadmap, check the "
                     "disk (or the link or network folder the file is in) and open it again."),
    },
}
ON_HOST = {"nl": " op {host}", "en": " on {host}"}

_WHERE = re.compile(r"^(?P<entity>[a-z_]+)(?:\[[^\]]*\])?(?:\.(?P<field>[a-z_]+))?$")


def reason_text(exc: ValidationError, lang: str) -> str:
    """The reason of a refused edit in `lang` (the store's English reason when unknown)."""
    template = REASONS.get(lang, REASONS["en"]).get(getattr(exc, "code", ""))
    if template is None:
        return exc.reason
    try:
        return template.format(**getattr(exc, "params", {}))
    except (KeyError, ValueError):
        return exc.reason


def field_label(where: str, lang: str) -> str | None:
    """The label of the field `where` names ("kpi[k1].target_value" -> "Streefwaarde")."""
    m = _WHERE.match(where or "")
    if not m or m["entity"] not in catalogue.BY_NAME:
        return None
    e = catalogue.entity(m["entity"])
    if m["field"] and m["field"] in e.by_name:
        return e.by_name[m["field"]].label(lang)
    return e.label(lang)


def refusal_text(exc: Exception, lang: str) -> str:
    """A whole message for a refused edit or a file problem in `lang`: "Label: reason" for a
    field, the translated message for a file error, else the error's own text."""
    if isinstance(exc, ValidationError):
        label = field_label(exc.where, lang)
        reason = reason_text(exc, lang)
        return f"{label}: {reason}" if label else reason
    if isinstance(exc, RoadmapError):
        template = MESSAGES.get(lang, MESSAGES["en"]).get(getattr(exc, "code", ""))
        if template is not None:
            params = dict(exc.params)
            host = params.get("host")
            params["on_host"] = ON_HOST.get(lang, ON_HOST["en"]).format(host=host) if host else ""
            if params.get("who") == "someone" and lang == "nl":
                params["who"] = "iemand"
            try:
                return template.format(**params)
            except (KeyError, ValueError):
                pass
    return str(exc)


#: Why a file from the shared folder was set aside (db/coedit/sync_folder.py Notice codes).
SET_ASIDE_WHY = {
    "nl": {
        "sf_name": "de naam is geen naam van een statusbestand (een conflictkopie van een synchronisatieprogramma?)",
        "sf_too_large": ("het is {size_mb} MB, meer dan de {limit_mb} MB die een statusbestand mag "
                         "hebben; het werd niet gelezen"),
        "sf_not_state": "het is geen Routekaart-statusbestand (of het is leeg)",
        "sf_bad_header": "de kop van het bestand is beschadigd",
        "sf_too_new": "het werd geschreven door een nieuwere Routekaart; werk bij om het samen te voegen",
        "sf_incomplete": ("het is onvolledig of beschadigd (controlesom klopt niet); het werd "
                          "waarschijnlijk nog gekopieerd"),
        "sf_other_roadmap": "het hoort bij een andere roadmap",
        "sf_unreadable": "de inhoud kan niet gelezen worden",
        "sf_bad_content": "het bevat gegevens die geen roadmapgegevens zijn",
        "sf_unrelated_history": ("het heeft de id van deze roadmap maar niet haar geschiedenis "
                                 "(bijvoorbeeld een kopie via JSON-export en -import)"),
    },
    "en": {
        "sf_name": "its name is not a state file name (a sync tool's conflicted copy?)",
        "sf_too_large": ("it is {size_mb} MB, more than the {limit_mb} MB a state file may hold; "
                         "it was not read"),
        "sf_not_state": "it is not a Routekaart state file (or it is empty)",
        "sf_bad_header": "its header is damaged",
        "sf_too_new": "it was written by a newer Routekaart; update to merge it",
        "sf_incomplete": ("it is incomplete or damaged (checksum mismatch); it was probably still "
                          "being copied"),
        "sf_other_roadmap": "it belongs to another roadmap",
        "sf_unreadable": "its contents cannot be read",
        "sf_bad_content": "it holds data that is not roadmap data",
        "sf_unrelated_history": ("it has this roadmap's id but not its history (for example a copy "
                                 "made by JSON export and import)"),
    },
}
NOTICES = {
    "nl": {
        "set_aside": "{file}{from_author} werd opzijgezet en niet samengevoegd: {why}.{kept}",
        "from": " (van {author})",
        "copy": " Een kopie staat in {folder}.",
        "note": " Het is te groot om te kopiëren; een notitie erover staat in {folder}.",
        "sf_retry": "{file}{from_author} kon niet gelezen worden; Routekaart probeert het opnieuw.",
        "sf_folder_unreadable": "De map {folder} kon niet gelezen worden; Routekaart probeert het opnieuw.",
        "presence_bad": "Het aanwezigheidsbestand {file}{from_author} werd genegeerd: {why}.",
        "presence_too_large": "het is groter dan toegelaten",
        "presence_invalid": "het is geen geldig aanwezigheidsbestand",
        "record_bad": "Een conflictrecord{from_author} werd weggelaten: het is onleesbaar of onvolledig ({why}).",
    },
    "en": {
        "set_aside": "{file}{from_author} was set aside and not merged: {why}.{kept}",
        "from": " (from {author})",
        "copy": " A copy is in {folder}.",
        "note": " It is too large to copy; a note about it is in {folder}.",
        "sf_retry": "{file}{from_author} could not be read; Routekaart will try again.",
        "sf_folder_unreadable": "The folder {folder} could not be read; Routekaart will try again.",
        "presence_bad": "The presence file {file}{from_author} was ignored: {why}.",
        "presence_too_large": "it is larger than allowed",
        "presence_invalid": "it is not a valid presence file",
        "record_bad": "A conflict record{from_author} was left out: {why}.",
    },
}


def notice_text(notice: object, lang: str) -> str:
    """A message about one file from the shared folder (db.coedit.sync_folder.Notice) in `lang`;
    any other message as it is."""
    code = getattr(notice, "code", "")
    params = dict(getattr(notice, "params", {}) or {})
    if not code:
        return str(notice)
    texts = NOTICES.get(lang, NOTICES["en"])
    author = params.get("author") or ""
    params["from_author"] = texts["from"].format(author=author) if author else ""
    try:
        if code in ("sf_retry", "sf_folder_unreadable", "record_bad"):
            return texts[code].format(**params)
        if code == "presence_bad":
            why = params.get("why", "")
            params["why"] = texts["presence_too_large" if "larger" in why else "presence_invalid"]
            return texts[code].format(**params)
        if code.startswith("sf_"):
            why = SET_ASIDE_WHY.get(lang, SET_ASIDE_WHY["en"]).get(code)
            if why is None:
                return str(notice)
            params["why"] = why.format(**params)
            kept = params.get("kept")
            params["kept"] = texts[kept].format(**params) if kept in ("copy", "note") else ""
            return texts["set_aside"].format(**params)
    except (KeyError, ValueError, IndexError):
        pass
    return str(notice)
