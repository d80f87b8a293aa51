<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Alert</name>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>firing</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>behoben</translation>
    </message>
</context>
<context>
    <name>AlertEngine</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is down</source>
        <translation>%1 ist ausgefallen</translation>
    </message>
    <message>
        <source>%1 is down: %2</source>
        <translation>%1 ist ausgefallen: %2</translation>
    </message>
    <message numerus="yes">
        <source>Host %1 is down; %n client(s) run on it</source>
        <translation>
            <numerusform>Host %1 ist ausgefallen; %n Kunde läuft darauf</numerusform>
            <numerusform>Host %1 ist ausgefallen; %n Kunden laufen darauf</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answers slowly: %2 s (limit %3 s)</source>
        <translation>%1 antwortet langsam: %2 s (Grenze %3 s)</translation>
    </message>
    <message>
        <source>The disk of %1 is %2 % full (limit %3 %)</source>
        <translation>Die Festplatte von %1 ist zu %2 % voll (Grenze %3 %)</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 has expired</source>
        <translation>Das TLS-Zertifikat von %1 ist abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>The TLS certificate of %1 expires in %n day(s)</source>
        <translation>
            <numerusform>Das TLS-Zertifikat von %1 läuft in %n Tag ab</numerusform>
            <numerusform>Das TLS-Zertifikat von %1 läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>The last backup of %1 is %2 old (expected every %3)</source>
        <translation>Die letzte Sicherung von %1 ist %2 alt (erwartet alle %3)</translation>
    </message>
    <message>
        <source>%1 cannot be reached</source>
        <translation>%1 ist nicht erreichbar</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1: %2 is %3 (threshold %4)</source>
        <translation>%1: %2 ist %3 (Schwelle %4)</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>%1 — %2 MRR at stake</source>
        <translation>%1 — %2 MRR auf dem Spiel</translation>
    </message>
    <message>
        <source>Pending (%1): %2</source>
        <translation>Ausstehend (%1): %2</translation>
    </message>
    <message>
        <source>Cleared before it fired: %1</source>
        <translation>Vor dem Auslösen behoben: %1</translation>
    </message>
    <message>
        <source>Fired (%1): %2</source>
        <translation>Ausgelöst (%1): %2</translation>
    </message>
    <message>
        <source>Escalated from %1 to %2: %3</source>
        <translation>Eskaliert von %1 auf %2: %3</translation>
    </message>
    <message>
        <source>Eased from %1 to %2: %3</source>
        <translation>Herabgestuft von %1 auf %2: %3</translation>
    </message>
    <message>
        <source>Still firing after %1 (%2): %3</source>
        <translation>Noch aktiv nach %1 (%2): %3</translation>
    </message>
    <message>
        <source>Resolved after %1: %2</source>
        <translation>Behoben nach %1: %2</translation>
    </message>
    <message>
        <source>Closed without a notice (no longer monitored, or its rule is off): %1</source>
        <translation>Ohne Meldung geschlossen (nicht mehr überwacht oder Regel deaktiviert): %1</translation>
    </message>
    <message>
        <source>Suppressed, %1: %2</source>
        <translation>Unterdrückt, %1: %2</translation>
    </message>
    <message>
        <source>No longer suppressed: %1</source>
        <translation>Nicht mehr unterdrückt: %1</translation>
    </message>
    <message>
        <source>Acknowledged, %1 handles it: %2</source>
        <translation>Bestätigt, %1 kümmert sich darum: %2</translation>
    </message>
    <message>
        <source>Acknowledged, %1 handles it (%2): %3</source>
        <translation>Bestätigt, %1 kümmert sich darum (%2): %3</translation>
    </message>
    <message>
        <source>No longer acknowledged: %1</source>
        <translation>Nicht mehr bestätigt: %1</translation>
    </message>
    <message>
        <source>Silenced in Alertmanager: %1</source>
        <translation>In Alertmanager stummgeschaltet: %1</translation>
    </message>
    <message>
        <source>Silenced until %1 by %2: %3</source>
        <translation>Stummgeschaltet bis %1 von %2: %3</translation>
    </message>
    <message>
        <source>Silence over: %1</source>
        <translation>Stummschaltung beendet: %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>suppressed by %1 down</source>
        <translation>unterdrückt, da %1 ausgefallen ist</translation>
    </message>
    <message>
        <source>WhatsApp of %1 is disconnected</source>
        <translation>WhatsApp von %1 ist getrennt</translation>
    </message>
    <message>
        <source>WhatsApp of %1 is disconnected: %2</source>
        <translation>WhatsApp von %1 ist getrennt: %2</translation>
    </message>
    <message numerus="yes">
        <source>WhatsApp of %1 is in a reconnect loop: %n state change(s) in 10 minutes</source>
        <translation>
            <numerusform>WhatsApp von %1 steckt in einer Neuverbindungsschleife: %n Zustandswechsel in 10 Minuten</numerusform>
            <numerusform>WhatsApp von %1 steckt in einer Neuverbindungsschleife: %n Zustandswechsel in 10 Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>WhatsApp of %1 says it is connected but cannot send (Connection Closed)</source>
        <translation>WhatsApp von %1 meldet sich als verbunden, kann aber nicht senden (Connection Closed)</translation>
    </message>
</context>
<context>
    <name>AlertRule</name>
    <message>
        <source>the rule id &quot;%1&quot; must be 1–64 lower-case letters, digits or underscores</source>
        <translation>die Regel-ID „%1“ muss aus 1–64 Kleinbuchstaben, Ziffern oder Unterstrichen bestehen</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; has no threshold</source>
        <translation>Regel „%1“ hat keinen Schwellenwert</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot;: thresholds must go from the lowest severity to the highest, one per severity</source>
        <translation>Regel „%1“: Die Schwellenwerte müssen vom niedrigsten zum höchsten Schweregrad gehen, einer pro Schweregrad</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot;: a threshold is not a number</source>
        <translation>Regel „%1“: Ein Schwellenwert ist keine Zahl</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot;: it takes at least one sample to fire and one to resolve</source>
        <translation>Regel „%1“: Zum Auslösen und zum Beheben ist jeweils mindestens ein Messwert nötig</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot;: durations cannot be negative</source>
        <translation>Regel „%1“: Dauern dürfen nicht negativ sein</translation>
    </message>
</context>
<context>
    <name>AlertRuleSet</name>
    <message>
        <source>alert rules: %1</source>
        <translation>Alarmregeln: %1</translation>
    </message>
    <message>
        <source>a rule is not an object</source>
        <translation>eine Regel ist kein Objekt</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; has an unknown comparison or measure</source>
        <translation>Regel „%1“ hat einen unbekannten Vergleich oder Messwert</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; has an unreadable threshold</source>
        <translation>Regel „%1“ hat einen unlesbaren Schwellenwert</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; is listed twice</source>
        <translation>Regel „%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>%1 (for %2)</source>
        <translation>%1 (für %2)</translation>
    </message>
    <message>
        <source>alert rules: not readable (%1)</source>
        <translation>Alarmregeln: nicht lesbar (%1)</translation>
    </message>
    <message>
        <source>alert rules: unknown format version %1</source>
        <translation>Alarmregeln: unbekannte Formatversion %1</translation>
    </message>
</context>
<context>
    <name>AlertService</name>
    <message>
        <source>The registry is not open, so acknowledgements cannot be shared. Check the registry in the profile.</source>
        <translation>Das Register ist nicht geöffnet, daher können Bestätigungen nicht geteilt werden. Prüfen Sie das Register im Profil.</translation>
    </message>
    <message>
        <source>Silenced from Fleetdeck</source>
        <translation>Aus Fleetdeck stummgeschaltet</translation>
    </message>
</context>
<context>
    <name>AlertSeverity</name>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
</context>
<context>
    <name>AlertmanagerClient</name>
    <message>
        <source>no URL is set; enter the address of Alertmanager</source>
        <translation>keine URL festgelegt; geben Sie die Adresse von Alertmanager ein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address</source>
        <translation>„%1“ ist keine http://- oder https://-Adresse</translation>
    </message>
    <message>
        <source>a silence needs at least one matcher</source>
        <translation>eine Stummschaltung braucht mindestens einen Matcher</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid label name</source>
        <translation>„%1“ ist kein gültiger Label-Name</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid regular expression</source>
        <translation>„%1“ ist kein gültiger regulärer Ausdruck</translation>
    </message>
    <message>
        <source>at least one matcher must not match an empty value, or it would silence everything</source>
        <translation>mindestens ein Matcher darf nicht auf einen leeren Wert passen, sonst würde alles stummgeschaltet</translation>
    </message>
    <message>
        <source>a silence needs a start and an end time</source>
        <translation>eine Stummschaltung braucht eine Start- und eine Endzeit</translation>
    </message>
    <message>
        <source>the silence must start before it ends</source>
        <translation>die Stummschaltung muss beginnen, bevor sie endet</translation>
    </message>
    <message>
        <source>the silence would end in the past</source>
        <translation>die Stummschaltung würde in der Vergangenheit enden</translation>
    </message>
    <message>
        <source>say who creates the silence</source>
        <translation>geben Sie an, wer die Stummschaltung anlegt</translation>
    </message>
    <message>
        <source>say why the alerts are silenced (a comment)</source>
        <translation>geben Sie an, warum die Alarme stummgeschaltet werden (ein Kommentar)</translation>
    </message>
    <message>
        <source>no silence id was given</source>
        <translation>keine Stummschaltungs-ID angegeben</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server</source>
        <translation>Der Server</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 unter %2</translation>
    </message>
    <message>
        <source>%1 could not be reached (%2). Check that the service is running and that this computer is online.</source>
        <translation>%1 war nicht erreichbar (%2). Prüfen Sie, ob der Dienst läuft und dieser Computer online ist.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. It may be overloaded; Fleetdeck keeps the last known data and will try again.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Möglicherweise ist der Dienst überlastet; Fleetdeck behält die zuletzt bekannten Daten und versucht es erneut.</translation>
    </message>
    <message>
        <source>%1 failed the secure-connection check: %2. Renew or fix the certificate, or add its CA to the profile.</source>
        <translation>%1 hat die Prüfung der sicheren Verbindung nicht bestanden: %2. Erneuern oder korrigieren Sie das Zertifikat, oder fügen Sie seine CA dem Profil hinzu.</translation>
    </message>
    <message>
        <source>%1 answered %2: %3</source>
        <translation>%1 antwortete mit %2: %3</translation>
    </message>
    <message>
        <source>%1 answered %2: the credential was refused. Store a valid key for this upstream in the profile.</source>
        <translation>%1 antwortete mit %2: Die Zugangsdaten wurden abgelehnt. Hinterlegen Sie im Profil einen gültigen Schlüssel für diesen Dienst.</translation>
    </message>
    <message>
        <source>%1 is rate-limiting Fleetdeck (HTTP %2); it asked to wait %3 s. Fleetdeck will slow down and retry.</source>
        <translation>%1 drosselt die Anfragen von Fleetdeck (HTTP %2) und bittet, %3 s zu warten. Fleetdeck fragt langsamer an und versucht es erneut.</translation>
    </message>
    <message>
        <source>%1 is rate-limiting Fleetdeck (HTTP %2). Fleetdeck will slow down and retry.</source>
        <translation>%1 drosselt die Anfragen von Fleetdeck (HTTP %2). Fleetdeck fragt langsamer an und versucht es erneut.</translation>
    </message>
    <message>
        <source>%1 sent an answer Fleetdeck could not read (%2). The last good data is kept; check the service&apos;s version.</source>
        <translation>%1 hat eine Antwort gesendet, die Fleetdeck nicht lesen konnte (%2). Die letzten gültigen Daten bleiben erhalten; prüfen Sie die Version des Dienstes.</translation>
    </message>
    <message>
        <source>%1 sent an answer larger than the limit (%2); it was dropped to protect memory.</source>
        <translation>%1 hat eine Antwort über dem Limit gesendet (%2); sie wurde verworfen, um den Arbeitsspeicher zu schützen.</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation>Die Anfrage an %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Refused to send a credential to %1 over plain http://. Use https://, or set &quot;allowInsecureHttp&quot;: true in the profile if this network is trusted.</source>
        <translation>Zugangsdaten werden nicht über unverschlüsseltes http:// an %1 gesendet. Verwenden Sie https://, oder setzen Sie &quot;allowInsecureHttp&quot;: true im Profil, wenn Sie diesem Netzwerk vertrauen.</translation>
    </message>
    <message>
        <source>%1 is not configured correctly: %2</source>
        <translation>%1 ist nicht richtig konfiguriert: %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Use a simulated platform started in-process (nothing real is touched).</source>
        <translation>Eine simulierte Plattform im Programm starten (nichts Echtes wird verändert).</translation>
    </message>
    <message>
        <source>Use the saved profile NAME.</source>
        <translation>Das gespeicherte Profil NAME verwenden.</translation>
    </message>
    <message>
        <source>Use the profile in FILE (JSON, no secrets).</source>
        <translation>Das Profil aus FILE verwenden (JSON, ohne Geheimnisse).</translation>
    </message>
    <message>
        <source>Number of simulated clients with --demo (default 40).</source>
        <translation>Anzahl simulierter Kunden mit --demo (Standard: 40).</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for usage.</source>
        <translation>Hilfe zur Verwendung: „%1 --help“.</translation>
    </message>
    <message>
        <source>Choose one of --demo, --profile and --profile-file.</source>
        <translation>Wählen Sie nur eine der Optionen --demo, --profile und --profile-file.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Usage: fleetdeck [--demo | --profile NAME | --profile-file FILE] [--panel NAME] [--tenant SLUG] [--lang CODE] [--screenshot FILE]
       fleetdeck &lt;command&gt; [options]

Without a command Fleetdeck opens its window.

Commands:
  status      Check every client once and print the fleet&apos;s status (exit 0 ok, 1 warning, 2 critical, 3 unknown)
  alerts      Check once and list the alerts (firing, pending, acknowledged, silenced, resolved)
  ack         Acknowledge an alert with a note, in the registry the team shares
  revenue     MRR per currency from Stripe, paying clients, open invoices; --explain SLUG shows the computation
  whatsapp    List WhatsApp instances, or pair one with a phone (QR code or pairing code)
  tenants     List, add, import, suspend, reactivate or remove clients in the registry
  profiles    List, import, show, choose or remove saved connection profiles
  secret      Store, check or delete a secret in the OS keychain

Common options: --demo | --profile NAME | --profile-file FILE
Run &quot;fleetdeck &lt;command&gt; --help&quot; for a command&apos;s options.
</source>
        <translation>Verwendung: fleetdeck [--demo | --profile NAME | --profile-file FILE] [--panel NAME] [--tenant SLUG] [--lang CODE] [--screenshot FILE]
       fleetdeck &lt;command&gt; [options]

Ohne Befehl öffnet Fleetdeck sein Fenster.

Befehle:
  status      Alle Kunden einmal prüfen und den Gesamtstatus ausgeben (Exit-Code 0 ok, 1 Warnung, 2 kritisch, 3 unbekannt)
  alerts      Einmal prüfen und die Alarme auflisten (aktiv, ausstehend, bestätigt, stummgeschaltet, behoben)
  ack         Einen Alarm mit einer Notiz bestätigen, im gemeinsamen Register des Teams
  revenue     MRR je Währung aus Stripe, zahlende Kunden, offene Rechnungen; --explain SLUG zeigt die Berechnung
  whatsapp    WhatsApp-Instanzen auflisten oder eine mit einem Telefon verknüpfen (QR-Code oder Verknüpfungscode)
  tenants     Kunden im Register auflisten, hinzufügen, importieren, sperren, reaktivieren oder entfernen
  profiles    Gespeicherte Verbindungsprofile auflisten, importieren, anzeigen, auswählen oder entfernen
  secret      Ein Geheimnis im Schlüsselbund des Systems speichern, prüfen oder löschen

Allgemeine Optionen: --demo | --profile NAME | --profile-file FILE
Die Optionen eines Befehls zeigt „fleetdeck &lt;command&gt; --help“.
</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>muss zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2</source>
        <translation>&quot;%1&quot; %2</translation>
    </message>
    <message>
        <source>Cannot read the profile file %1: %2</source>
        <translation>Die Profildatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The profile file %1 is larger than 4 MiB; it is not a profile.</source>
        <translation>Die Profildatei %1 ist größer als 4 MiB; sie ist kein Profil.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the profile is not a JSON object; see &quot;Profile file&quot; in README.md</source>
        <translation>Das Profil ist kein JSON-Objekt; siehe „Profile file“ in README.md</translation>
    </message>
    <message>
        <source>profile files must not hold secrets (found &quot;%1&quot;). Store the value in the keychain and name it with &quot;secret&quot;.</source>
        <translation>Profildateien dürfen keine Geheimnisse enthalten (gefunden: &quot;%1&quot;). Speichern Sie den Wert im Schlüsselbund und verweisen Sie mit &quot;secret&quot; darauf.</translation>
    </message>
    <message>
        <source>&quot;registry&quot; must be an object</source>
        <translation>&quot;registry&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;health&quot; must be an object</source>
        <translation>&quot;health&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;tls&quot; must be an object</source>
        <translation>&quot;tls&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;upstreams&quot; must be an object</source>
        <translation>&quot;upstreams&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>unknown upstream &quot;%1&quot; (known: %2)</source>
        <translation>unbekannter Dienst &quot;%1&quot; (bekannt: %2)</translation>
    </message>
    <message>
        <source>&quot;upstreams.%1&quot; must be an object</source>
        <translation>&quot;upstreams.%1&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>the profile needs a &quot;name&quot;</source>
        <translation>das Profil braucht einen &quot;name&quot;</translation>
    </message>
    <message>
        <source>&quot;registry.driver&quot; must be &quot;sqlite&quot; or &quot;postgres&quot;, not &quot;%1&quot;</source>
        <translation>&quot;registry.driver&quot; muss &quot;sqlite&quot; oder &quot;postgres&quot; sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a PostgreSQL registry needs &quot;registry.database&quot;</source>
        <translation>ein PostgreSQL-Register braucht &quot;registry.database&quot;</translation>
    </message>
    <message>
        <source>a PostgreSQL registry needs &quot;registry.user&quot;</source>
        <translation>ein PostgreSQL-Register braucht &quot;registry.user&quot;</translation>
    </message>
    <message>
        <source>&quot;upstreams.%1.url&quot; must be an http:// or https:// address</source>
        <translation>&quot;upstreams.%1.url&quot; muss eine http://- oder https://-Adresse sein</translation>
    </message>
    <message>
        <source>&quot;tls.caPem&quot; holds no PEM certificate</source>
        <translation>&quot;tls.caPem&quot; enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>cannot read &quot;tls.caFile&quot; %1: %2</source>
        <translation>&quot;tls.caFile&quot; %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&quot;tls.caFile&quot; %1 holds no PEM certificate</source>
        <translation>&quot;tls.caFile&quot; %1 enthält kein PEM-Zertifikat</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>the SQLite driver for Qt is missing (install libqt6sql6-sqlite)</source>
        <translation>der SQLite-Treiber für Qt fehlt (installieren Sie libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>the PostgreSQL driver for Qt is missing (install libqt6sql6-psql)</source>
        <translation>der PostgreSQL-Treiber für Qt fehlt (installieren Sie libqt6sql6-psql)</translation>
    </message>
</context>
<context>
    <name>EvolutionClient</name>
    <message>
        <source>no URL is set; enter the address of the Evolution API server</source>
        <translation>keine URL festgelegt; geben Sie die Adresse des Evolution API-Servers ein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address</source>
        <translation>„%1“ ist keine http://- oder https://-Adresse</translation>
    </message>
    <message>
        <source>no API key is stored; store the server&apos;s global API key in the profile</source>
        <translation>kein API-Schlüssel gespeichert; hinterlegen Sie den globalen API-Schlüssel des Servers im Profil</translation>
    </message>
    <message>
        <source>the new instance needs a name</source>
        <translation>die neue Instanz braucht einen Namen</translation>
    </message>
    <message>
        <source>enter the number with its country code, digits only (e.g. 5511988887777)</source>
        <translation>geben Sie die Nummer mit Ländervorwahl ein, nur Ziffern (z. B. 5511988887777)</translation>
    </message>
</context>
<context>
    <name>FleetState</name>
    <message>
        <source>not checked for more than %1 s</source>
        <translation>seit mehr als %1 s nicht geprüft</translation>
    </message>
    <message>
        <source>last known state from the local cache</source>
        <translation>zuletzt bekannter Zustand aus dem lokalen Zwischenspeicher</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::AlertAcknowledgeDialog</name>
    <message>
        <source>Acknowledge alert</source>
        <translation>Alarm bestätigen</translation>
    </message>
    <message>
        <source>The owner handles it: Fleetdeck stops reminding anyone about this alert unless it gets worse. Every console connected to the registry sees who took it.</source>
        <translation>Der Verantwortliche kümmert sich darum: Fleetdeck erinnert niemanden mehr an diesen Alarm, außer er verschlimmert sich. Jede mit dem Register verbundene Konsole sieht, wer ihn übernommen hat.</translation>
    </message>
    <message>
        <source>who handles it, e.g. ana@office</source>
        <translation>wer sich darum kümmert, z. B. ana@office</translation>
    </message>
    <message>
        <source>Optional: what you are doing about it, e.g. &quot;restarting the container&quot;</source>
        <translation>Optional: was Sie dagegen tun, z. B. „Container wird neu gestartet“</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Acknowledging…</source>
        <translation>Wird bestätigt…</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Verantwortlich</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>Say who handles the alert, so the team knows whom to ask.</source>
        <translation>Geben Sie an, wer sich um den Alarm kümmert, damit das Team weiß, wen es fragen kann.</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::AlertHistoryModel</name>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>cleared before firing</source>
        <translation>vor dem Auslösen behoben</translation>
    </message>
    <message>
        <source>fired</source>
        <translation>ausgelöst</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>eskaliert</translation>
    </message>
    <message>
        <source>de-escalated</source>
        <translation>herabgestuft</translation>
    </message>
    <message>
        <source>reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>behoben</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>unterdrückt</translation>
    </message>
    <message>
        <source>no longer suppressed</source>
        <translation>nicht mehr unterdrückt</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>un-acknowledged</source>
        <translation>Bestätigung aufgehoben</translation>
    </message>
    <message>
        <source>silenced</source>
        <translation>stummgeschaltet</translation>
    </message>
    <message>
        <source>silence ended</source>
        <translation>Stummschaltung beendet</translation>
    </message>
    <message>
        <source>Alertmanager alert</source>
        <translation>Alertmanager-Alarm</translation>
    </message>
    <message>
        <source>server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <source>data source %1</source>
        <translation>Datenquelle %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::AlertNoteDialog</name>
    <message>
        <source>Add a note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Notes are kept in the registry with your name and the time; everyone who opens this alert reads them.</source>
        <translation>Notizen werden mit Ihrem Namen und der Uhrzeit im Register gespeichert; alle, die diesen Alarm öffnen, lesen sie.</translation>
    </message>
    <message>
        <source>e.g. &quot;Client told by phone; restart planned at 18:00&quot;</source>
        <translation>z. B. „Kunde telefonisch informiert; Neustart um 18:00 geplant“</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Wird hinzugefügt…</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Schreiben Sie zuerst die Notiz.</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::AlertRulesDialog</name>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>when unreachable</source>
        <translation>bei Unerreichbarkeit</translation>
    </message>
    <message>
        <source>when down</source>
        <translation>bei Ausfall</translation>
    </message>
    <message>
        <source>A client&apos;s health endpoint does not answer.</source>
        <translation>Ein Prüf-Endpunkt eines Kunden antwortet nicht.</translation>
    </message>
    <message>
        <source>A client&apos;s slowest health endpoint takes longer than this to answer.</source>
        <translation>Der langsamste Prüf-Endpunkt eines Kunden braucht länger als diese Zeit für die Antwort.</translation>
    </message>
    <message>
        <source>A disk of a server or component is at least this full.</source>
        <translation>Eine Festplatte eines Servers oder einer Komponente ist mindestens so voll.</translation>
    </message>
    <message>
        <source>A TLS certificate expires in fewer days than this (0 = it has expired).</source>
        <translation>Ein TLS-Zertifikat läuft in weniger Tagen als diesen ab (0 = es ist abgelaufen).</translation>
    </message>
    <message>
        <source>The last successful backup is older than this.</source>
        <translation>Die letzte erfolgreiche Sicherung ist älter als dieser Wert.</translation>
    </message>
    <message>
        <source>A source of data (Prometheus, Alertmanager, billing, …) cannot be reached.</source>
        <translation>Eine Datenquelle (Prometheus, Alertmanager, Abrechnung, …) ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>A server does not answer.</source>
        <translation>Ein Server antwortet nicht.</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>%1: the %2 threshold cannot be lower than the %3 one.</source>
        <translation>%1: Die Schwelle für %2 darf nicht niedriger sein als die für %3.</translation>
    </message>
    <message>
        <source>%1: the %2 threshold cannot be higher than the %3 one.</source>
        <translation>%1: Die Schwelle für %2 darf nicht höher sein als die für %3.</translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation>Alarmregeln</translation>
    </message>
    <message>
        <source>Every client and server (defaults)</source>
        <translation>Alle Kunden und Server (Standard)</translation>
    </message>
    <message>
        <source>Rules &amp;for:</source>
        <translation>Regeln &amp;für:</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation>Auf &amp;Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Warten</translation>
    </message>
    <message>
        <source>Fire after
failures</source>
        <translation>Auslösen nach
Fehlschlägen</translation>
    </message>
    <message>
        <source>Resolve after
successes</source>
        <translation>Beheben nach
Erfolgen</translation>
    </message>
    <message>
        <source>Remind
every</source>
        <translation>Erinnern
alle</translation>
    </message>
    <message>
        <source>Wait: how long the problem must last before the alert fires.</source>
        <translation>Warten: wie lange das Problem bestehen muss, bevor der Alarm auslöst.</translation>
    </message>
    <message>
        <source>Fire after: how many checks in a row must fail before the alert fires.</source>
        <translation>Auslösen nach: wie viele Prüfungen in Folge fehlschlagen müssen, bevor der Alarm auslöst.</translation>
    </message>
    <message>
        <source>Resolve after: how many checks in a row must pass before the alert resolves.</source>
        <translation>Beheben nach: wie viele Prüfungen in Folge erfolgreich sein müssen, bevor der Alarm als behoben gilt.</translation>
    </message>
    <message>
        <source>Remind every: how often a firing alert nobody acknowledged is notified again.</source>
        <translation>Erinnern alle: wie oft ein aktiver Alarm, den niemand bestätigt hat, erneut gemeldet wird.</translation>
    </message>
    <message>
        <source>Thresholds are in seconds for answer times, % for disk use, days before a certificate expires and hours since the last backup. Wait is in minutes; a check runs on every refresh.</source>
        <translation>Schwellenwerte sind in Sekunden für Antwortzeiten, in % für die Festplattenbelegung, in Tagen vor Ablauf eines Zertifikats und in Stunden seit der letzten Sicherung. Warten ist in Minuten; bei jeder Aktualisierung läuft eine Prüfung.</translation>
    </message>
    <message>
        <source>Site down</source>
        <translation>Website ausgefallen</translation>
    </message>
    <message>
        <source>Slow answers</source>
        <translation>Langsame Antworten</translation>
    </message>
    <message>
        <source>Disk use</source>
        <translation>Festplattenbelegung</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>TLS-Zertifikat</translation>
    </message>
    <message>
        <source>Backup age</source>
        <translation>Alter der Sicherung</translation>
    </message>
    <message>
        <source>Source unreachable</source>
        <translation>Quelle nicht erreichbar</translation>
    </message>
    <message>
        <source>Server down</source>
        <translation>Server ausgefallen</translation>
    </message>
    <message>
        <source>%1 on</source>
        <translation>%1 an</translation>
    </message>
    <message>
        <source>%1, %2 threshold</source>
        <translation>%1, Schwelle %2</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>%1, wait in minutes</source>
        <translation>%1, Wartezeit in Minuten</translation>
    </message>
    <message>
        <source>%1, failures to fire</source>
        <translation>%1, Fehlschläge bis zum Auslösen</translation>
    </message>
    <message>
        <source>%1, successes to resolve</source>
        <translation>%1, Erfolge bis zum Beheben</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1, remind every (minutes, 0 = never)</source>
        <translation>%1, erinnern alle (Minuten, 0 = nie)</translation>
    </message>
    <message>
        <source>These rules apply to every client and server that has no rules of its own.</source>
        <translation>Diese Regeln gelten für alle Kunden und Server ohne eigene Regeln.</translation>
    </message>
    <message>
        <source>Put back the thresholds Fleetdeck comes with. Clients&apos; own rules stay.</source>
        <translation>Stellt die Schwellenwerte wieder her, mit denen Fleetdeck ausgeliefert wird. Eigene Regeln der Kunden bleiben erhalten.</translation>
    </message>
    <message>
        <source>Changes apply to %1 only. Rules in bold differ from the defaults.</source>
        <translation>Änderungen gelten nur für %1. Fett gedruckte Regeln weichen vom Standard ab.</translation>
    </message>
    <message>
        <source>Drop this client&apos;s own rules, so the defaults apply to it again.</source>
        <translation>Die eigenen Regeln dieses Kunden verwerfen, sodass wieder der Standard für ihn gilt.</translation>
    </message>
    <message>
        <source>%1 (for %2)</source>
        <translation>%1 (für %2)</translation>
    </message>
    <message>
        <source>This client has its own setting.</source>
        <translation>Dieser Kunde hat eine eigene Einstellung.</translation>
    </message>
    <message>
        <source>%1 — own rules</source>
        <translation>%1 — eigene Regeln</translation>
    </message>
    <message>
        <source>when disconnected</source>
        <translation>bei Trennung</translation>
    </message>
    <message>
        <source>when sending fails</source>
        <translation>bei Sendefehler</translation>
    </message>
    <message>
        <source> changes</source>
        <translation> Wechsel</translation>
    </message>
    <message>
        <source>A WhatsApp number that was paired is no longer connected.</source>
        <translation>Eine verknüpfte WhatsApp-Nummer ist nicht mehr verbunden.</translation>
    </message>
    <message>
        <source>A WhatsApp number changed state more often than this in ten minutes.</source>
        <translation>Eine WhatsApp-Nummer hat ihren Zustand in zehn Minuten öfter gewechselt als diese Anzahl.</translation>
    </message>
    <message>
        <source>A WhatsApp number says it is connected, but sending fails.</source>
        <translation>Eine WhatsApp-Nummer meldet sich als verbunden, aber das Senden schlägt fehl.</translation>
    </message>
    <message>
        <source>WhatsApp disconnected</source>
        <translation>WhatsApp getrennt</translation>
    </message>
    <message>
        <source>WhatsApp reconnect loop</source>
        <translation>WhatsApp-Neuverbindungsschleife</translation>
    </message>
    <message>
        <source>WhatsApp connected but dead</source>
        <translation>WhatsApp verbunden, aber funktionslos</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::AlertSilenceDialog</name>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>until %1 %2</source>
        <translation>bis %1 %2</translation>
    </message>
    <message>
        <source>Also silence it in &amp;Alertmanager</source>
        <translation>Auch in &amp;Alertmanager stummschalten</translation>
    </message>
    <message>
        <source>Silence alert</source>
        <translation>Alarm stummschalten</translation>
    </message>
    <message>
        <source>A silenced alert stays in the list but notifies nobody until the silence ends. If it is still firing then, it needs attention again.</source>
        <translation>Ein stummgeschalteter Alarm bleibt in der Liste, benachrichtigt aber niemanden, bis die Stummschaltung endet. Ist er dann noch aktiv, braucht er wieder Aufmerksamkeit.</translation>
    </message>
    <message>
        <source>For &amp;1 hour</source>
        <translation>Für &amp;1 Stunde</translation>
    </message>
    <message>
        <source>For &amp;8 hours</source>
        <translation>Für &amp;8 Stunden</translation>
    </message>
    <message>
        <source>For &amp;24 hours</source>
        <translation>Für &amp;24 Stunden</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>Optional: why, e.g. &quot;maintenance window&quot;</source>
        <translation>Optional: warum, z. B. „Wartungsfenster“</translation>
    </message>
    <message>
        <source>Silence</source>
        <translation>Stummschalten</translation>
    </message>
    <message>
        <source>Silencing…</source>
        <translation>Wird stummgeschaltet…</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>Its other receivers (e-mail, chat, tickets) go quiet too, for everyone, until the same time.</source>
        <translation>Seine anderen Empfänger (E-Mail, Chat, Tickets) verstummen ebenfalls, für alle, bis zur selben Zeit.</translation>
    </message>
    <message>
        <source>Choose a time at least a minute from now.</source>
        <translation>Wählen Sie eine Zeit mindestens eine Minute ab jetzt.</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::AlertTableModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>behoben</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>unterdrückt</translation>
    </message>
    <message>
        <source>silenced until %1</source>
        <translation>stummgeschaltet bis %1</translation>
    </message>
    <message>
        <source>silenced in Alertmanager</source>
        <translation>in Alertmanager stummgeschaltet</translation>
    </message>
    <message>
        <source>acknowledged by %1</source>
        <translation>bestätigt von %1</translation>
    </message>
    <message>
        <source>firing</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <source>data source %1</source>
        <translation>Datenquelle %1</translation>
    </message>
    <message>
        <source>platform (Alertmanager)</source>
        <translation>Plattform (Alertmanager)</translation>
    </message>
    <message>
        <source>Resolved at %1</source>
        <translation>Behoben um %1</translation>
    </message>
    <message>
        <source>By %1 at %2</source>
        <translation>Von %1 um %2</translation>
    </message>
    <message>
        <source>No revenue known for this alert&apos;s clients</source>
        <translation>Kein Umsatz für die Kunden dieses Alarms bekannt</translation>
    </message>
    <message numerus="yes">
        <source>Monthly recurring revenue of the %n clients affected</source>
        <translation>
            <numerusform>Monatlich wiederkehrender Umsatz des %n betroffenen Kunden</numerusform>
            <numerusform>Monatlich wiederkehrender Umsatz der %n betroffenen Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly recurring revenue of the client</source>
        <translation>Monatlich wiederkehrender Umsatz des Kunden</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Seit %1</translation>
    </message>
    <message>
        <source>Fired at %1</source>
        <translation>Ausgelöst um %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Monthly recurring revenue of the clients affected</source>
        <translation>Monatlich wiederkehrender Umsatz der betroffenen Kunden</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Client or component</source>
        <translation>Kunde oder Komponente</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>At stake</source>
        <translation>Auf dem Spiel</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::AlertsPanel</name>
    <message>
        <source>History of this alert</source>
        <translation>Verlauf dieses Alarms</translation>
    </message>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation>&amp;Bestätigen…</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>&amp;Notiz hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Silence…</source>
        <translation>&amp;Stummschalten…</translation>
    </message>
    <message>
        <source>&amp;Un-acknowledge</source>
        <translation>Bestätigung a&amp;ufheben</translation>
    </message>
    <message>
        <source>&amp;Open client</source>
        <translation>Kunden ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Firing, and nobody has acknowledged or silenced it</source>
        <translation>Aktiv, und niemand hat ihn bestätigt oder stummgeschaltet</translation>
    </message>
    <message>
        <source>The condition holds, but not yet long enough to fire (a blip does not page anyone)</source>
        <translation>Die Bedingung gilt, aber noch nicht lange genug zum Auslösen (ein kurzer Ausreißer alarmiert niemanden)</translation>
    </message>
    <message>
        <source>Someone handles it; Fleetdeck no longer reminds anyone</source>
        <translation>Jemand kümmert sich darum; Fleetdeck erinnert niemanden mehr</translation>
    </message>
    <message>
        <source>Silenced until a time, silenced in Alertmanager, or suppressed because the server it runs on is down</source>
        <translation>Bis zu einer Zeit stummgeschaltet, in Alertmanager stummgeschaltet oder unterdrückt, weil sein Server ausgefallen ist</translation>
    </message>
    <message>
        <source>Resolved recently</source>
        <translation>Kürzlich behoben</translation>
    </message>
    <message>
        <source>Every alert Fleetdeck knows about now</source>
        <translation>Jeder Alarm, den Fleetdeck gerade kennt</translation>
    </message>
    <message>
        <source>Every change of every alert, newest first</source>
        <translation>Jede Änderung jedes Alarms, neueste zuerst</translation>
    </message>
    <message>
        <source>Filter by client, component, rule or text…</source>
        <translation>Nach Kunde, Komponente, Regel oder Text filtern…</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Jeder Schweregrad</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>High and worse</source>
        <translation>Hoch und schlimmer</translation>
    </message>
    <message>
        <source>Medium and worse</source>
        <translation>Mittel und schlimmer</translation>
    </message>
    <message>
        <source>Needs attention (%1)</source>
        <translation>Braucht Aufmerksamkeit (%1)</translation>
    </message>
    <message>
        <source>Pending (%1)</source>
        <translation>Ausstehend (%1)</translation>
    </message>
    <message>
        <source>Acknowledged (%1)</source>
        <translation>Bestätigt (%1)</translation>
    </message>
    <message>
        <source>Silenced (%1)</source>
        <translation>Stummgeschaltet (%1)</translation>
    </message>
    <message>
        <source>Resolved (%1)</source>
        <translation>Behoben (%1)</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Alle (%1)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Nothing needs attention</source>
        <translation>Nichts braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>1 needs attention</source>
        <translation>1 braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>%1 need attention</source>
        <translation>%1 brauchen Aufmerksamkeit</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n ausstehend</numerusform>
            <numerusform>%n ausstehend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n acknowledged</source>
        <translation>
            <numerusform>%n bestätigt</numerusform>
            <numerusform>%n bestätigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n silenced or suppressed</source>
        <translation>
            <numerusform>%n stummgeschaltet oder unterdrückt</numerusform>
            <numerusform>%n stummgeschaltet oder unterdrückt</numerusform>
        </translation>
    </message>
    <message>
        <source>evaluated %1</source>
        <translation>ausgewertet %1</translation>
    </message>
    <message numerus="yes">
        <source>Fleetdeck checks %n client(s) every %1 s</source>
        <translation>
            <numerusform>Fleetdeck prüft %n Kunden alle %1 s</numerusform>
            <numerusform>Fleetdeck prüft %n Kunden alle %1 s</numerusform>
        </translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>nicht konfiguriert</translation>
    </message>
    <message>
        <source>answering</source>
        <translation>erreichbar</translation>
    </message>
    <message>
        <source>failing (see Data sources)</source>
        <translation>fehlerhaft (siehe Datenquellen)</translation>
    </message>
    <message>
        <source>turned off</source>
        <translation>ausgeschaltet</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation>noch nicht abgefragt</translation>
    </message>
    <message>
        <source>Prometheus and Alertmanager are %1.</source>
        <translation>Prometheus und Alertmanager: %1.</translation>
    </message>
    <message>
        <source>Prometheus is %1; Alertmanager is %2.</source>
        <translation>Prometheus: %1; Alertmanager: %2.</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Verlauf wird gelesen…</translation>
    </message>
    <message>
        <source>No alert history yet.
Every change of an alert (fired, acknowledged, silenced, resolved) is recorded here.</source>
        <translation>Noch kein Alarmverlauf.
Jede Änderung eines Alarms (ausgelöst, bestätigt, stummgeschaltet, behoben) wird hier aufgezeichnet.</translation>
    </message>
    <message>
        <source>No event matches these filters.
Clear the search (Esc) or choose &quot;Any severity&quot;.</source>
        <translation>Kein Ereignis passt zu diesen Filtern.
Leeren Sie die Suche (Esc) oder wählen Sie „Jeder Schweregrad“.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n alert(s)</source>
        <translation>
            <numerusform>%1 von %n Alarm</numerusform>
            <numerusform>%1 von %n Alarmen</numerusform>
        </translation>
    </message>
    <message>
        <source>Fleetdeck is reading the first checks…
Alerts appear here as soon as the first evaluation is done.</source>
        <translation>Fleetdeck liest die ersten Prüfungen…
Alarme erscheinen hier, sobald die erste Auswertung fertig ist.</translation>
    </message>
    <message>
        <source>No alert matches these filters.
Clear the search (Esc) or choose &quot;Any severity&quot;.</source>
        <translation>Kein Alarm passt zu diesen Filtern.
Leeren Sie die Suche (Esc) oder wählen Sie „Jeder Schweregrad“.</translation>
    </message>
    <message>
        <source>No alert is firing.</source>
        <translation>Kein Alarm ist aktiv.</translation>
    </message>
    <message>
        <source>%1 pending and %2 acknowledged: see their tabs.</source>
        <translation>%1 ausstehend und %2 bestätigt: siehe die jeweiligen Reiter.</translation>
    </message>
    <message>
        <source>Nothing is pending.
An alert waits here while its condition has not lasted long enough to fire, so a single slow answer pages nobody.</source>
        <translation>Nichts ist ausstehend.
Ein Alarm wartet hier, solange seine Bedingung noch nicht lange genug besteht, um auszulösen – so alarmiert eine einzelne langsame Antwort niemanden.</translation>
    </message>
    <message>
        <source>Nobody has acknowledged an alert.
Select a firing alert and press A to take it: the team sees who handles it.</source>
        <translation>Niemand hat einen Alarm bestätigt.
Wählen Sie einen aktiven Alarm und drücken Sie A, um ihn zu übernehmen: Das Team sieht, wer sich darum kümmert.</translation>
    </message>
    <message>
        <source>No alert is silenced or suppressed.
Press S on a firing alert to silence it for 1, 8 or 24 hours, or until a time you choose.</source>
        <translation>Kein Alarm ist stummgeschaltet oder unterdrückt.
Drücken Sie S auf einem aktiven Alarm, um ihn für 1, 8 oder 24 Stunden oder bis zu einer gewählten Zeit stummzuschalten.</translation>
    </message>
    <message>
        <source>No alert resolved recently.
Older changes are under History.</source>
        <translation>Kein Alarm wurde kürzlich behoben.
Ältere Änderungen finden Sie unter Verlauf.</translation>
    </message>
    <message>
        <source>No alerts.</source>
        <translation>Keine Alarme.</translation>
    </message>
    <message>
        <source>The alert history cannot be read: %1</source>
        <translation>Der Alarmverlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Nothing to show in this list.</source>
        <translation>In dieser Liste gibt es nichts anzuzeigen.</translation>
    </message>
    <message>
        <source>Select an alert to see what it is about, who handles it and what happened.</source>
        <translation>Wählen Sie einen Alarm, um zu sehen, worum es geht, wer sich darum kümmert und was geschah.</translation>
    </message>
    <message>
        <source>client · %1</source>
        <translation>Kunde · %1</translation>
    </message>
    <message numerus="yes">
        <source>platform · %n client(s) depend on it</source>
        <translation>
            <numerusform>Plattform · %n Kunde hängt davon ab</numerusform>
            <numerusform>Plattform · %n Kunden hängen davon ab</numerusform>
        </translation>
    </message>
    <message>
        <source>platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>from Alertmanager (%1)</source>
        <translation>von Alertmanager (%1)</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Fired</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>At stake</source>
        <translation>Auf dem Spiel</translation>
    </message>
    <message numerus="yes">
        <source>%1 MRR of %n client(s)</source>
        <translation>
            <numerusform>%1 MRR von %n Kunden</numerusform>
            <numerusform>%1 MRR von %n Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 MRR</source>
        <translation>%1 MRR</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>by %1, %2 (%3)</source>
        <translation>von %1, %2 (%3)</translation>
    </message>
    <message>
        <source>Silenced until</source>
        <translation>Stummgeschaltet bis</translation>
    </message>
    <message>
        <source>%1 (ends in %2)</source>
        <translation>%1 (endet in %2)</translation>
    </message>
    <message>
        <source>Silenced</source>
        <translation>Stummgeschaltet</translation>
    </message>
    <message>
        <source>by %1, %2</source>
        <translation>von %1, %2</translation>
    </message>
    <message>
        <source>in Alertmanager (lift it there)</source>
        <translation>in Alertmanager (dort aufheben)</translation>
    </message>
    <message>
        <source>Suppressed</source>
        <translation>Unterdrückt</translation>
    </message>
    <message>
        <source>%1: the server&apos;s own alert speaks for it</source>
        <translation>%1: Der eigene Alarm des Servers spricht für ihn</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Alertmanager labels</source>
        <translation>Alertmanager-Labels</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Reading the notes…</source>
        <translation>Notizen werden gelesen…</translation>
    </message>
    <message>
        <source>No notes yet. Press N to leave one for the team.</source>
        <translation>Noch keine Notizen. Drücken Sie N, um eine für das Team zu hinterlassen.</translation>
    </message>
    <message>
        <source>The registry is read-only (a support connection): acknowledging, silencing and notes are disabled. Ask someone with write access.</source>
        <translation>Das Register ist schreibgeschützt (eine Support-Verbindung): Bestätigen, Stummschalten und Notizen sind deaktiviert. Fragen Sie jemanden mit Schreibrechten.</translation>
    </message>
    <message>
        <source>The registry %1 is read-only (a support connection): acknowledging, silencing and notes are disabled. Ask someone with write access.</source>
        <translation>Das Register %1 ist schreibgeschützt (eine Support-Verbindung): Bestätigen, Stummschalten und Notizen sind deaktiviert. Fragen Sie jemanden mit Schreibrechten.</translation>
    </message>
    <message>
        <source>Lift &amp;silence</source>
        <translation>Stummschaltung auf&amp;heben</translation>
    </message>
    <message>
        <source>Already acknowledged by %1</source>
        <translation>Bereits bestätigt von %1</translation>
    </message>
    <message>
        <source>Take the alert: the team sees who handles it, and nobody is reminded (A)</source>
        <translation>Alarm übernehmen: Das Team sieht, wer sich darum kümmert, und niemand wird erinnert (A)</translation>
    </message>
    <message>
        <source>Leave a note on the alert for the team (N)</source>
        <translation>Eine Notiz zum Alarm für das Team hinterlassen (N)</translation>
    </message>
    <message>
        <source>Quieten the alert for 1, 8 or 24 hours, or until a time (S)</source>
        <translation>Den Alarm für 1, 8 oder 24 Stunden oder bis zu einer Zeit stummschalten (S)</translation>
    </message>
    <message>
        <source>Silenced in Alertmanager: lift the silence there</source>
        <translation>In Alertmanager stummgeschaltet: Heben Sie die Stummschaltung dort auf</translation>
    </message>
    <message>
        <source>End the silence now: the alert notifies again if it still fires (U)</source>
        <translation>Stummschaltung jetzt beenden: Der Alarm benachrichtigt wieder, wenn er noch aktiv ist (U)</translation>
    </message>
    <message>
        <source>Give the alert back: it needs attention again if it still fires (U)</source>
        <translation>Alarm zurückgeben: Er braucht wieder Aufmerksamkeit, wenn er noch aktiv ist (U)</translation>
    </message>
    <message>
        <source>This alert is about the platform, not one client</source>
        <translation>Dieser Alarm betrifft die Plattform, nicht einen einzelnen Kunden</translation>
    </message>
    <message>
        <source>Show the client in the client list (Enter)</source>
        <translation>Den Kunden in der Kundenliste anzeigen (Eingabe)</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>Bestätigen…</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Notiz hinzufügen…</translation>
    </message>
    <message>
        <source>Silence</source>
        <translation>Stummschalten</translation>
    </message>
    <message>
        <source>For 1 hour…</source>
        <translation>Für 1 Stunde…</translation>
    </message>
    <message>
        <source>For 8 hours…</source>
        <translation>Für 8 Stunden…</translation>
    </message>
    <message>
        <source>For 24 hours…</source>
        <translation>Für 24 Stunden…</translation>
    </message>
    <message>
        <source>Until a date and time…</source>
        <translation>Bis zu Datum und Uhrzeit…</translation>
    </message>
    <message>
        <source>Open client</source>
        <translation>Kunden öffnen</translation>
    </message>
    <message>
        <source>&amp;Rules…</source>
        <translation>&amp;Regeln…</translation>
    </message>
    <message>
        <source>Thresholds and timing of the alerts, for every client or one</source>
        <translation>Schwellenwerte und Zeitverhalten der Alarme, für alle Kunden oder einen</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::AuditLogModel</name>
    <message>
        <source>Client added</source>
        <translation>Kunde hinzugefügt</translation>
    </message>
    <message>
        <source>Client edited</source>
        <translation>Kunde bearbeitet</translation>
    </message>
    <message>
        <source>Client suspended</source>
        <translation>Kunde gesperrt</translation>
    </message>
    <message>
        <source>Client reactivated</source>
        <translation>Kunde reaktiviert</translation>
    </message>
    <message>
        <source>Client marked churned</source>
        <translation>Kunde als gekündigt markiert</translation>
    </message>
    <message>
        <source>Client removed</source>
        <translation>Kunde entfernt</translation>
    </message>
    <message>
        <source>Client imported</source>
        <translation>Kunde importiert</translation>
    </message>
    <message>
        <source>Plan saved</source>
        <translation>Tarif gespeichert</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::AuditPanel</name>
    <message>
        <source>Filter by person, action, client or detail…</source>
        <translation>Nach Person, Aktion, Kunde oder Detail filtern…</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>Every change made to the registry, by whom and when. Kept in the registry, so the whole team sees the same history.</source>
        <translation>Jede Änderung am Register, mit Urheber und Zeitpunkt. Das Protokoll liegt im Register, daher sieht das ganze Team denselben Verlauf.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>The registry</source>
        <translation>Das Register</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fleetdeck::CheckResultLabel</name>
    <message>
        <source>Waiting for the answer…</source>
        <translation>Warte auf Antwort…</translation>
    </message>
    <message>
        <source>Passed: %1</source>
        <translation>Bestanden: %1</translation>
    </message>
    <message>
        <source>Passed with a warning: %1</source>
        <translation>Bestanden mit Warnung: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <source>Type a client or an action: &quot;open pizza&quot;, &quot;suspend joe&quot;, &quot;refresh&quot;…</source>
        <translation>Kunde oder Aktion eingeben: „pizza öffnen“, „joe sperren“, „aktualisieren“…</translation>
    </message>
    <message>
        <source>↑↓ to choose · Enter to run · Esc to close</source>
        <translation>↑↓ zum Auswählen · Enter zum Ausführen · Esc zum Schließen</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;.</source>
        <translation>Keine Treffer für „%1“.</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::ConfirmDialog</name>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Geben Sie zur Bestätigung &lt;b&gt;%1&lt;/b&gt; ein:</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::Gauge</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::HealthPanel</name>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Search servers, databases and clients…</source>
        <translation>Server, Datenbanken und Kunden suchen…</translation>
    </message>
    <message>
        <source>Down or degraded, stale, alerting, a disk over 90 % or a certificate expiring within 14 days</source>
        <translation>Ausgefallen oder beeinträchtigt, veraltet, alarmierend, eine Festplatte über 90 % oder ein Zertifikat, das innerhalb von 14 Tagen abläuft</translation>
    </message>
    <message>
        <source>Select a server or a client to see its latency over time, its certificate and its disk. Double-click a client (or press Enter) to open it.</source>
        <translation>Wählen Sie einen Server oder Kunden, um seine Latenz im Zeitverlauf, sein Zertifikat und seine Festplatte zu sehen. Doppelklicken Sie auf einen Kunden (oder drücken Sie die Eingabetaste), um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>Latency now</source>
        <translation>Latenz aktuell</translation>
    </message>
    <message>
        <source>Uptime 24 h</source>
        <translation>Verfügbarkeit 24 h</translation>
    </message>
    <message>
        <source>Uptime 7 d</source>
        <translation>Verfügbarkeit 7 d</translation>
    </message>
    <message>
        <source>Uptime 30 d</source>
        <translation>Verfügbarkeit 30 d</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <source>Active alerts</source>
        <translation>Aktive Alarme</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <source>The last hour, every stored check</source>
        <translation>Die letzte Stunde, jede gespeicherte Prüfung</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>The last 24 hours, hourly averages</source>
        <translation>Die letzten 24 Stunden, Stundenmittel</translation>
    </message>
    <message>
        <source>30 d</source>
        <translation>30 d</translation>
    </message>
    <message>
        <source>The last 30 days, hourly averages</source>
        <translation>Die letzten 30 Tage, Stundenmittel</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Days until the TLS certificate expires: red under 7 days, amber under 14</source>
        <translation>Tage bis zum Ablauf des TLS-Zertifikats: rot unter 7 Tagen, gelb unter 14</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Festplatte</translation>
    </message>
    <message>
        <source>The fullest file system: amber from 80 %, orange from 90 %, red from 95 %</source>
        <translation>Das vollste Dateisystem: gelb ab 80 %, orange ab 90 %, rot ab 95 %</translation>
    </message>
    <message>
        <source>Per point:</source>
        <translation>Pro Punkt:</translation>
    </message>
    <message>
        <source>average</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>min to max</source>
        <translation>Min. bis Max.</translation>
    </message>
    <message>
        <source>down at least once</source>
        <translation>mindestens einmal ausgefallen</translation>
    </message>
    <message>
        <source>Latency · last hour</source>
        <translation>Latenz · letzte Stunde</translation>
    </message>
    <message>
        <source>Latency · last 24 hours</source>
        <translation>Latenz · letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Latency · last 30 days</source>
        <translation>Latenz · letzte 30 Tage</translation>
    </message>
    <message>
        <source>File systems</source>
        <translation>Dateisysteme</translation>
    </message>
    <message>
        <source>%1 % used</source>
        <translation>%1 % belegt</translation>
    </message>
    <message>
        <source>%1 free of %2</source>
        <translation>%1 frei von %2</translation>
    </message>
    <message>
        <source>Clients on this server: %1</source>
        <translation>Kunden auf diesem Server: %1</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Datenbanken</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 connections</source>
        <translation>%1 Verbindungen</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>Add Prometheus in the profile to see servers and disks. Clients are listed from Fleetdeck&apos;s own checks.</source>
        <translation>Fügen Sie Prometheus im Profil hinzu, um Server und Festplatten zu sehen. Kunden stammen aus Fleetdecks eigenen Prüfungen.</translation>
    </message>
    <message>
        <source>Asking Prometheus for servers, disks and the database…</source>
        <translation>Prometheus wird nach Servern, Festplatten und der Datenbank gefragt…</translation>
    </message>
    <message>
        <source>Prometheus is failing: %1 Servers and disks show its last good data, from %2 (%3).</source>
        <translation>Prometheus schlägt fehl: %1 Server und Festplatten zeigen die letzten gültigen Daten von %2 (%3).</translation>
    </message>
    <message>
        <source>Prometheus is failing: %1 No server data yet: check its URL and credentials in the profile.</source>
        <translation>Prometheus schlägt fehl: %1 Noch keine Serverdaten: Prüfen Sie URL und Zugangsdaten im Profil.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Servers, exporters and the database as Prometheus reports them; clients from Fleetdeck&apos;s own checks.</source>
        <translation>Server, Exporter und die Datenbank, wie Prometheus sie meldet; Kunden aus Fleetdecks eigenen Prüfungen.</translation>
    </message>
    <message>
        <source>Needing attention: %1.</source>
        <translation>Braucht Aufmerksamkeit: %1.</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Nichts braucht Aufmerksamkeit.</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>Nothing to show yet. Clients appear once the client list has loaded, servers once Prometheus answers.</source>
        <translation>Noch nichts anzuzeigen. Kunden erscheinen, sobald die Kundenliste geladen ist, Server, sobald Prometheus antwortet.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”. Clear the search to see everything.</source>
        <translation>Nichts passt zu „%1“. Leeren Sie die Suche, um alles zu sehen.</translation>
    </message>
    <message>
        <source>Nothing needs attention: every server and client is up, fresh and quiet.</source>
        <translation>Nichts braucht Aufmerksamkeit: Alle Server und Kunden sind erreichbar, aktuell und ruhig.</translation>
    </message>
    <message>
        <source>Prometheus has not listed any server yet.</source>
        <translation>Prometheus hat noch keinen Server gemeldet.</translation>
    </message>
    <message>
        <source>Add Prometheus in the profile to see servers and disks.</source>
        <translation>Fügen Sie Prometheus im Profil hinzu, um Server und Festplatten zu sehen.</translation>
    </message>
    <message>
        <source>No monitored clients. Add one under Clients (Ctrl+N).</source>
        <translation>Keine überwachten Kunden. Fügen Sie unter Kunden einen hinzu (Ctrl+N).</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>auf %1</translation>
    </message>
    <message>
        <source>Stale: %1</source>
        <translation>Veraltet: %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 Stunden</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 (%2 need attention)</source>
        <translation>%1 (%2 brauchen Aufmerksamkeit)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>What Prometheus reports</source>
        <translation>Was Prometheus meldet</translation>
    </message>
    <message>
        <source>Size and connections come from Prometheus&apos; PostgreSQL exporter. Fleetdeck does not measure the database&apos;s latency; its uptime comes from the state recorded at each Prometheus round.</source>
        <translation>Größe und Verbindungen stammen vom PostgreSQL-Exporter von Prometheus. Fleetdeck misst die Latenz der Datenbank nicht; ihre Verfügbarkeit ergibt sich aus dem bei jeder Prometheus-Runde erfassten Zustand.</translation>
    </message>
    <message>
        <source>Prometheus&apos; node_exporter reports whether this server answers and how full its file systems are. Fleetdeck measures no latency for it; its uptime comes from the state recorded at each Prometheus round.</source>
        <translation>Der node_exporter von Prometheus meldet, ob dieser Server antwortet und wie voll seine Dateisysteme sind. Fleetdeck misst dafür keine Latenz; seine Verfügbarkeit ergibt sich aus dem bei jeder Prometheus-Runde erfassten Zustand.</translation>
    </message>
    <message>
        <source>The scrape targets of this Prometheus job: it is up when all of them answer. Its uptime comes from the state recorded at each Prometheus round.</source>
        <translation>Die Scrape-Ziele dieses Prometheus-Jobs: Er ist erreichbar, wenn alle antworten. Seine Verfügbarkeit ergibt sich aus dem bei jeder Prometheus-Runde erfassten Zustand.</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>No certificate seen yet</source>
        <translation>Noch kein Zertifikat gesehen</translation>
    </message>
    <message>
        <source>No HTTPS endpoint</source>
        <translation>Kein HTTPS-Endpunkt</translation>
    </message>
    <message>
        <source>No server named for this client</source>
        <translation>Für diesen Kunden ist kein Server angegeben</translation>
    </message>
    <message>
        <source>its fullest file system</source>
        <translation>sein vollstes Dateisystem</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>used on %1, %2</source>
        <translation>belegt auf %1, %2</translation>
    </message>
    <message>
        <source>used on %1</source>
        <translation>belegt auf %1</translation>
    </message>
    <message>
        <source>Prometheus reports no disk for %1</source>
        <translation>Prometheus meldet keine Festplatte für %1</translation>
    </message>
    <message>
        <source>Prometheus reports no file system for it</source>
        <translation>Prometheus meldet kein Dateisystem dafür</translation>
    </message>
    <message>
        <source>Add Prometheus to see disks</source>
        <translation>Fügen Sie Prometheus hinzu, um Festplatten zu sehen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>The local cache</source>
        <translation>Der lokale Cache</translation>
    </message>
    <message>
        <source>The stored history could not be read: %1</source>
        <translation>Der gespeicherte Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No measurements in this window yet — Fleetdeck stores a sample per check.</source>
        <translation>Noch keine Messungen in diesem Zeitraum — Fleetdeck speichert pro Prüfung einen Messwert.</translation>
    </message>
    <message numerus="yes">
        <source>%n stored samples in this window, drawn as %1 points</source>
        <translation>
            <numerusform>%n gespeicherter Messwert in diesem Zeitraum, gezeichnet als %1 Punkte</numerusform>
            <numerusform>%n gespeicherte Messwerte in diesem Zeitraum, gezeichnet als %1 Punkte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fleetdeck::HealthTableModel</name>
    <message>
        <source>Up</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Nothing was measured in the last %1: uptime appears once Fleetdeck has stored samples.</source>
        <translation>In den letzten %1 wurde nichts gemessen: Die Verfügbarkeit erscheint, sobald Fleetdeck Messwerte gespeichert hat.</translation>
    </message>
    <message numerus="yes">
        <source>%1 available over the last %2, from %n stored samples of Fleetdeck&apos;s own checks, hourly rollups. Up and degraded samples count as available.</source>
        <translation>
            <numerusform>%1 verfügbar in den letzten %2, aus %n gespeicherten Messwert von Fleetdecks eigenen Prüfungen, stündlich zusammengefasst. Erreichbare und beeinträchtigte Messwerte zählen als verfügbar.</numerusform>
            <numerusform>%1 verfügbar in den letzten %2, aus %n gespeicherten Messwerten von Fleetdecks eigenen Prüfungen, stündlich zusammengefasst. Erreichbare und beeinträchtigte Messwerte zählen als verfügbar.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>not checked recently</source>
        <translation>in letzter Zeit nicht geprüft</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>auf %1</translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (veraltet)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Stale: %1</source>
        <translation>Veraltet: %1</translation>
    </message>
    <message>
        <source>Checked %1</source>
        <translation>Geprüft %1</translation>
    </message>
    <message>
        <source>Fleetdeck checks this component through Prometheus, which gives its state but no latency.</source>
        <translation>Fleetdeck prüft diese Komponente über Prometheus, das ihren Zustand, aber keine Latenz liefert.</translation>
    </message>
    <message>
        <source>The slowest health endpoint that answered</source>
        <translation>Der langsamste Prüf-Endpunkt, der geantwortet hat</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 Stunden</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>Certificate valid until %1</source>
        <translation>Zertifikat gültig bis %1</translation>
    </message>
    <message>
        <source>%1 % used on %2, the fullest file system of this server</source>
        <translation>%1 % belegt auf %2, dem vollsten Dateisystem dieses Servers</translation>
    </message>
    <message>
        <source>No active alerts</source>
        <translation>Keine aktiven Alarme</translation>
    </message>
    <message>
        <source>Share of Fleetdeck&apos;s stored checks that found it up or degraded, from hourly rollups</source>
        <translation>Anteil der gespeicherten Prüfungen von Fleetdeck, die ihn erreichbar oder beeinträchtigt fanden, aus Stundenwerten</translation>
    </message>
    <message>
        <source>The fullest file system of a server</source>
        <translation>Das vollste Dateisystem eines Servers</translation>
    </message>
    <message>
        <source>Active alerts (pending or firing)</source>
        <translation>Aktive Alarme (ausstehend oder aktiv)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Uptime 24 h</source>
        <translation>Verfügbarkeit 24 h</translation>
    </message>
    <message>
        <source>Uptime 7 d</source>
        <translation>Verfügbarkeit 7 d</translation>
    </message>
    <message>
        <source>Uptime 30 d</source>
        <translation>Verfügbarkeit 30 d</translation>
    </message>
    <message>
        <source>TLS expires</source>
        <translation>TLS läuft ab</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Festplatte</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::ImportDialog</name>
    <message>
        <source>No file chosen yet.</source>
        <translation>Noch keine Datei ausgewählt.</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation>Kunden importieren</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Health URLs</source>
        <translation>Prüf-URLs</translation>
    </message>
    <message>
        <source>Why it was rejected</source>
        <translation>Grund der Ablehnung</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>CSV with a header row (slug, name, status, plan, contact, notes, health, mautic, evolution_instance, n8n_tag, stripe_customer, ghl_location, host) or JSON. Nothing is written until you press Import; then all accepted rows are written together.</source>
        <translation>CSV mit Kopfzeile (slug, name, status, plan, contact, notes, health, mautic, evolution_instance, n8n_tag, stripe_customer, ghl_location, host) oder JSON. Erst wenn Sie auf „Importieren“ klicken, wird etwas geschrieben; dann werden alle angenommenen Zeilen gemeinsam gespeichert.</translation>
    </message>
    <message>
        <source>Client lists (*.csv *.json);;All files (*)</source>
        <translation>Kundenlisten (*.csv *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>Accepted (%1)</source>
        <translation>Angenommen (%1)</translation>
    </message>
    <message>
        <source>Rejected (%1)</source>
        <translation>Abgelehnt (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) ready to import.</source>
        <translation>
            <numerusform>%n Kunde bereit zum Import.</numerusform>
            <numerusform>%n Kunden bereit zum Import.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ready to import; %2 rejected (see why under Rejected). Fix the file and choose it again, or import the accepted ones now.</source>
        <translation>%1 bereit zum Import; %2 abgelehnt (Gründe unter „Abgelehnt“). Korrigieren Sie die Datei und wählen Sie sie erneut, oder importieren Sie jetzt die angenommenen.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n Kunde</numerusform>
            <numerusform>%n Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n client(s)</source>
        <translation>
            <numerusform>%n Kunde &amp;importieren</numerusform>
            <numerusform>%n Kunden &amp;importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::LatencyChart</name>
    <message>
        <source>Latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <source>Min to max</source>
        <translation>Min. bis Max.</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>%1: %2 ms on average</source>
        <translation>%1: durchschnittlich %2 ms</translation>
    </message>
    <message>
        <source>%1 to %2 ms</source>
        <translation>%1 bis %2 ms</translation>
    </message>
    <message>
        <source>Down at least once</source>
        <translation>Mindestens einmal ausgefallen</translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation>Zeit (lokal)</translation>
    </message>
    <message>
        <source>Date (local)</source>
        <translation>Datum (lokal)</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::MainWindow</name>
    <message>
        <source>Fleetdeck — demo</source>
        <translation>Fleetdeck — Demo</translation>
    </message>
    <message>
        <source>Fleetdeck — %1</source>
        <translation>Fleetdeck — %1</translation>
    </message>
    <message>
        <source>Demo: a simulated platform; nothing real is touched</source>
        <translation>Demo: eine simulierte Plattform; nichts Echtes wird verändert</translation>
    </message>
    <message>
        <source>Refreshing… %1/%2</source>
        <translation>Aktualisiere… %1/%2</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>The profile: which platform Fleetdeck watches</source>
        <translation>Das Profil: welche Plattform Fleetdeck überwacht</translation>
    </message>
    <message>
        <source>Demo (simulated)</source>
        <translation>Demo (simuliert)</translation>
    </message>
    <message>
        <source>Manage profiles…</source>
        <translation>Profile verwalten…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Check every client now (F5)</source>
        <translation>Alle Kunden jetzt prüfen (F5)</translation>
    </message>
    <message>
        <source>Search clients (Ctrl+F) · Ctrl+K for everything</source>
        <translation>Kunden suchen (Ctrl+F) · Ctrl+K für alles</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Neuer Kunde…</translation>
    </message>
    <message>
        <source>&amp;Import clients…</source>
        <translation>Kunden &amp;importieren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profile…</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Kunden</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Änderungsprotokoll</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>Jetzt &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Command &amp;palette…</source>
        <translation>Befehls&amp;palette…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Find client</source>
        <translation>Kunden &amp;suchen</translation>
    </message>
    <message>
        <source>Data &amp;sources…</source>
        <translation>Daten&amp;quellen…</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Suspend…</source>
        <translation>&amp;Sperren…</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Re&amp;aktivieren</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>&amp;Copy status report</source>
        <translation>Statusbericht &amp;kopieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Fleetdeck</source>
        <translation>Ü&amp;ber Fleetdeck</translation>
    </message>
    <message>
        <source>About Fleetdeck</source>
        <translation>Über Fleetdeck</translation>
    </message>
    <message>
        <source>Fleetdeck %1
One place to see and act on the whole platform: health, clients and their history.
Licensed under the GNU GPL, version 3 or later.</source>
        <translation>Fleetdeck %1
Ein Ort, um die gesamte Plattform zu überblicken und zu steuern: Zustand, Kunden und ihr Verlauf.
Lizenziert unter der GNU GPL, Version 3 oder neuer.</translation>
    </message>
    <message>
        <source>Checking every client…</source>
        <translation>Alle Kunden werden geprüft…</translation>
    </message>
    <message>
        <source>Registry: %1 · read-only (support)</source>
        <translation>Register: %1 · schreibgeschützt (Support)</translation>
    </message>
    <message>
        <source>Registry: %1</source>
        <translation>Register: %1</translation>
    </message>
    <message>
        <source>This connection may only read: adding, editing and removing clients is disabled. Ask someone with write access, or connect with a writable role.</source>
        <translation>Diese Verbindung darf nur lesen: Kunden hinzufügen, bearbeiten und entfernen ist deaktiviert. Wenden Sie sich an jemanden mit Schreibrechten, oder verbinden Sie sich mit einer Rolle mit Schreibrechten.</translation>
    </message>
    <message>
        <source>Registry unavailable</source>
        <translation>Register nicht verfügbar</translation>
    </message>
    <message>
        <source>Refreshed %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <source>Showing cached data from %1</source>
        <translation>Zwischengespeicherte Daten, Stand %1</translation>
    </message>
    <message>
        <source>Not refreshed yet</source>
        <translation>Noch nicht aktualisiert</translation>
    </message>
    <message>
        <source>%1 failing</source>
        <translation>Fehler bei %1</translation>
    </message>
    <message>
        <source>Some data is old or a source is failing. Click for details.</source>
        <translation>Einige Daten sind veraltet oder eine Datenquelle meldet Fehler. Klicken für Details.</translation>
    </message>
    <message>
        <source>Click to see every data source</source>
        <translation>Klicken, um alle Datenquellen zu sehen</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <source>last success %1</source>
        <translation>zuletzt erfolgreich %1</translation>
    </message>
    <message>
        <source>never succeeded</source>
        <translation>nie erfolgreich</translation>
    </message>
    <message>
        <source>No source has been asked yet.</source>
        <translation>Noch keine Datenquelle wurde abgefragt.</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Datenquellen</translation>
    </message>
    <message>
        <source>client · %1</source>
        <translation>Kunde · %1</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Suspend %1</source>
        <translation>%1 sperren</translation>
    </message>
    <message>
        <source>Reactivate %1</source>
        <translation>%1 reaktivieren</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Copy status report of %1</source>
        <translation>Statusbericht von %1 kopieren</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>Go to Overview</source>
        <translation>Zur Übersicht</translation>
    </message>
    <message>
        <source>Go to Clients</source>
        <translation>Zu den Kunden</translation>
    </message>
    <message>
        <source>Go to Audit log</source>
        <translation>Zum Änderungsprotokoll</translation>
    </message>
    <message>
        <source>Show clients that need attention</source>
        <translation>Kunden anzeigen, die Aufmerksamkeit brauchen</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Add client…</source>
        <translation>Kunde hinzufügen…</translation>
    </message>
    <message>
        <source>Import clients…</source>
        <translation>Kunden importieren…</translation>
    </message>
    <message>
        <source>Switch to profile %1</source>
        <translation>Zu Profil %1 wechseln</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Fleetdeck keeps watching</source>
        <translation>Fleetdeck überwacht weiter</translation>
    </message>
    <message>
        <source>Fleetdeck is still checking your clients from the tray. Quit it from the tray menu.</source>
        <translation>Fleetdeck prüft Ihre Kunden weiterhin aus dem Infobereich. Beenden können Sie es über das Menü im Infobereich.</translation>
    </message>
    <message>
        <source>open</source>
        <comment>command palette verb</comment>
        <translation>öffnen</translation>
    </message>
    <message>
        <source>suspend</source>
        <comment>command palette verb</comment>
        <translation>sperren</translation>
    </message>
    <message>
        <source>reactivate</source>
        <comment>command palette verb</comment>
        <translation>reaktivieren</translation>
    </message>
    <message>
        <source>remove</source>
        <comment>command palette verb</comment>
        <translation>entfernen</translation>
    </message>
    <message>
        <source>edit</source>
        <comment>command palette verb</comment>
        <translation>bearbeiten</translation>
    </message>
    <message>
        <source>copy</source>
        <comment>command palette verb</comment>
        <translation>kopieren</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>&amp;Health</source>
        <translation>&amp;Zustand</translation>
    </message>
    <message>
        <source>A&amp;lerts</source>
        <translation>A&amp;larme</translation>
    </message>
    <message>
        <source>Go to Health</source>
        <translation>Zum Zustand</translation>
    </message>
    <message>
        <source>Go to Alerts</source>
        <translation>Zu den Alarmen</translation>
    </message>
    <message>
        <source>&amp;Alert rules…</source>
        <translation>&amp;Alarmregeln…</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>&amp;WhatsApp</source>
        <translation>&amp;WhatsApp</translation>
    </message>
    <message>
        <source>Ctrl+K  command palette: open, suspend, edit… any client
Ctrl+F  find a client · Enter opens the first match
Ctrl+1 … 6  Overview / Clients / Health / Alerts / WhatsApp / Audit log
WhatsApp: P pair · R restart · L log out · T test message · A assign · Delete delete
F5 or Ctrl+R  refresh now
Ctrl+N  new client · Ctrl+I  import clients · Ctrl+E  edit
Delete  remove the selected client (asks first)
Ctrl+Shift+C  copy the client&apos;s status report
Ctrl+,  preferences · Ctrl+Q  quit</source>
        <translation>Ctrl+K  Befehlspalette: beliebigen Kunden öffnen, sperren, bearbeiten…
Ctrl+F  Kunden suchen · Enter öffnet den ersten Treffer
Ctrl+1 … 6  Übersicht / Kunden / Zustand / Alarme / WhatsApp / Änderungsprotokoll
WhatsApp: P verknüpfen · R neu starten · L abmelden · T Testnachricht · A zuordnen · Delete löschen
F5 oder Ctrl+R  jetzt aktualisieren
Ctrl+N  neuer Kunde · Ctrl+I  Kunden importieren · Ctrl+E  bearbeiten
Delete  ausgewählten Kunden entfernen (mit Rückfrage)
Ctrl+Shift+C  Statusbericht des Kunden kopieren
Ctrl+,  Einstellungen · Ctrl+Q  beenden</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::OverviewPanel</name>
    <message>
        <source>Fleet status</source>
        <translation>Gesamtstatus</translation>
    </message>
    <message>
        <source>Slowest endpoints</source>
        <translation>Langsamste Endpunkte</translation>
    </message>
    <message>
        <source>Certificates expiring soonest</source>
        <translation>Bald ablaufende Zertifikate</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Datenquellen</translation>
    </message>
    <message>
        <source>Open the clients that need attention</source>
        <translation>Kunden öffnen, die Aufmerksamkeit brauchen</translation>
    </message>
    <message>
        <source>Open the client list sorted by latency</source>
        <translation>Kundenliste nach Latenz sortiert öffnen</translation>
    </message>
    <message>
        <source>Open the client list sorted by certificate expiry</source>
        <translation>Kundenliste nach Zertifikatsablauf sortiert öffnen</translation>
    </message>
    <message>
        <source>Show every data source and its last error</source>
        <translation>Alle Datenquellen und ihren letzten Fehler anzeigen</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>As of %1 (%2)</source>
        <translation>Stand %1 (%2)</translation>
    </message>
    <message>
        <source>No clients yet. Add one under Clients (Ctrl+N) or import a list (Ctrl+I).</source>
        <translation>Noch keine Kunden. Fügen Sie unter „Kunden“ einen hinzu (Ctrl+N) oder importieren Sie eine Liste (Ctrl+I).</translation>
    </message>
    <message>
        <source>%1 clients monitored, %2 paused</source>
        <translation>%1 Kunden überwacht, %2 pausiert</translation>
    </message>
    <message>
        <source>No clients</source>
        <translation>Keine Kunden</translation>
    </message>
    <message numerus="yes">
        <source>%n down</source>
        <translation>
            <numerusform>%n ausgefallen</numerusform>
            <numerusform>%n ausgefallen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n degraded</source>
        <translation>
            <numerusform>%n beeinträchtigt</numerusform>
            <numerusform>%n beeinträchtigt</numerusform>
        </translation>
    </message>
    <message>
        <source>All %1 up</source>
        <translation>Alle %1 laufen</translation>
    </message>
    <message>
        <source>%1 up · %2 degraded · %3 down · %4 unknown</source>
        <translation>läuft: %1 · beeinträchtigt: %2 · ausgefallen: %3 · unbekannt: %4</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Latency appears after the first check.</source>
        <translation>Die Latenz erscheint nach der ersten Prüfung.</translation>
    </message>
    <message>
        <source>Latency over the last hour</source>
        <translation>Latenz der letzten Stunde</translation>
    </message>
    <message>
        <source>No HTTPS endpoints</source>
        <translation>Keine HTTPS-Endpunkte</translation>
    </message>
    <message>
        <source>Valid until %1. %2</source>
        <translation>Gültig bis %1. %2</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>All %1 OK</source>
        <translation>Alle %1 OK</translation>
    </message>
    <message numerus="yes">
        <source>%n failing</source>
        <translation>
            <numerusform>%n mit Fehler</numerusform>
            <numerusform>%n mit Fehlern</numerusform>
        </translation>
    </message>
    <message>
        <source>failing</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Open the alerts (Ctrl+4)</source>
        <translation>Alarme öffnen (Ctrl+4)</translation>
    </message>
    <message>
        <source>Not evaluated yet</source>
        <translation>Noch nicht ausgewertet</translation>
    </message>
    <message>
        <source>Nothing needs attention</source>
        <translation>Nichts braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>1 needs attention</source>
        <translation>1 braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>%1 need attention</source>
        <translation>%1 brauchen Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Evaluated %1</source>
        <translation>Ausgewertet %1</translation>
    </message>
    <message>
        <source>%1 pending · %2 acknowledged · %3 silenced</source>
        <translation>%1 ausstehend · %2 bestätigt · %3 stummgeschaltet</translation>
    </message>
    <message>
        <source>Newest firing</source>
        <translation>Neuester aktiver Alarm</translation>
    </message>
    <message>
        <source>No alert is firing without someone on it.</source>
        <translation>Kein Alarm ist aktiv, ohne dass sich jemand darum kümmert.</translation>
    </message>
    <message>
        <source>Alerts appear after the first checks.</source>
        <translation>Alarme erscheinen nach den ersten Prüfungen.</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Open the WhatsApp numbers (Ctrl+5)</source>
        <translation>WhatsApp-Nummern öffnen (Ctrl+5)</translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation>Nicht eingerichtet</translation>
    </message>
    <message>
        <source>Add Evolution API to the profile to watch every client&apos;s WhatsApp number.</source>
        <translation>Fügen Sie Evolution API zum Profil hinzu, um die WhatsApp-Nummer jedes Kunden zu überwachen.</translation>
    </message>
    <message>
        <source>Cannot be checked</source>
        <translation>Nicht prüfbar</translation>
    </message>
    <message>
        <source>%1 of %2 connected</source>
        <translation>%1 von %2 verbunden</translation>
    </message>
    <message>
        <source>Every paired number is connected.</source>
        <translation>Alle verknüpften Nummern sind verbunden.</translation>
    </message>
    <message>
        <source>The numbers appear after the first check.</source>
        <translation>Die Nummern erscheinen nach der ersten Prüfung.</translation>
    </message>
    <message numerus="yes">
        <source>%n connected</source>
        <translation>
            <numerusform>%n verbunden</numerusform>
            <numerusform>%n verbunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartend</numerusform>
            <numerusform>%n wartend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disconnected</source>
        <translation>
            <numerusform>%n getrennt</numerusform>
            <numerusform>%n getrennt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fleetdeck::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language applies the next time Fleetdeck starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Fleetdeck.</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>Beim Schließen des Fensters im Infobereich &amp;weiterlaufen</translation>
    </message>
    <message>
        <source>Fleetdeck then goes on watching the fleet and notifying you; quit it from the tray menu.</source>
        <translation>Fleetdeck überwacht dann weiter und benachrichtigt Sie; beenden können Sie es über das Menü im Infobereich.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Type the client&apos;s &amp;name from:</source>
        <translation>Kunden&amp;namen abfragen ab:</translation>
    </message>
    <message>
        <source>Suspending or removing a client whose plan costs at least this much asks you to type the client&apos;s name first. 0 asks for every client.</source>
        <translation>Beim Sperren oder Entfernen eines Kunden, dessen Tarif mindestens so viel kostet, müssen Sie zuerst den Namen des Kunden eintippen. Bei 0 wird das für jeden Kunden verlangt.</translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation>%1 pro Monat</translation>
    </message>
    <message>
        <source>Plan price in %1 per month</source>
        <translation>Tarifpreis in %1 pro Monat</translation>
    </message>
    <message>
        <source>Notify me about new alerts that are:</source>
        <translation>Über neue Alarme dieser Schweregrade benachrichtigen:</translation>
    </message>
    <message>
        <source>&amp;Low</source>
        <translation>N&amp;iedrig</translation>
    </message>
    <message>
        <source>&amp;Medium</source>
        <translation>&amp;Mittel</translation>
    </message>
    <message>
        <source>&amp;High</source>
        <translation>&amp;Hoch</translation>
    </message>
    <message>
        <source>&amp;Critical</source>
        <translation>&amp;Kritisch</translation>
    </message>
    <message>
        <source>&amp;Quiet hours from</source>
        <translation>&amp;Ruhezeit von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Critical alerts still notify during quiet hours</source>
        <translation>Kritische Alarme benachrichtigen auch während der Ruhezeit</translation>
    </message>
    <message>
        <source>Muted clients (from the tray menu):</source>
        <translation>Stummgeschaltete Kunden (aus dem Tray-Menü):</translation>
    </message>
    <message>
        <source>&amp;Unmute</source>
        <translation>Stummschaltung a&amp;ufheben</translation>
    </message>
    <message>
        <source>%1 — until %2</source>
        <translation>%1 — bis %2</translation>
    </message>
    <message>
        <source>Nobody is muted.</source>
        <translation>Niemand ist stummgeschaltet.</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::ProfileEditorDialog</name>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Health checks</source>
        <translation>Zustandsprüfungen</translation>
    </message>
    <message>
        <source>A profile says which services Fleetdeck watches and where. It holds no keys: those go to the system keychain.</source>
        <translation>Ein Profil legt fest, welche Dienste Fleetdeck überwacht und wo. Es enthält keine Schlüssel: Diese liegen im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>z. B. Produktion</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Secure connections</source>
        <translation>Sichere Verbindungen</translation>
    </message>
    <message>
        <source>&amp;Allow keys over plain http:// to other computers</source>
        <translation>Schlüssel über unverschlüsseltes http:// an andere Computer &amp;erlauben</translation>
    </message>
    <message>
        <source>Fleetdeck sends API keys and passwords only over https://, or over http:// to this computer. Anyone on the way can read a key sent over plain http://, so allow it only on a network you trust completely, such as a VPN or a private network between your servers.</source>
        <translation>Fleetdeck sendet API-Schlüssel und Passwörter nur über https:// oder über http:// an diesen Computer. Einen über unverschlüsseltes http:// gesendeten Schlüssel kann jeder auf dem Übertragungsweg mitlesen. Erlauben Sie das daher nur in einem Netzwerk, dem Sie voll vertrauen, etwa einem VPN oder einem privaten Netz zwischen Ihren Servern.</translation>
    </message>
    <message>
        <source>none: only the system&apos;s certificate authorities</source>
        <translation>keine: nur die Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation>Zusätzliche &amp;CA-Datei:</translation>
    </message>
    <message>
        <source>A PEM file with the certificate authority of self-hosted services that use a private CA. The system&apos;s authorities stay trusted.</source>
        <translation>Eine PEM-Datei mit der Zertifizierungsstelle selbst gehosteter Dienste, die eine private CA verwenden. Die Zertifizierungsstellen des Systems bleiben vertrauenswürdig.</translation>
    </message>
    <message>
        <source>This profile also carries certificates of its own (imported with it); they are kept.</source>
        <translation>Dieses Profil bringt auch eigene Zertifikate mit (mit ihm importiert); sie bleiben erhalten.</translation>
    </message>
    <message>
        <source>The registry lists your clients, their plans and the audit log. A SQLite file suits one person; the platform&apos;s PostgreSQL lets the whole team, and read-only support staff, share it.</source>
        <translation>Das Register enthält Ihre Kunden, ihre Tarife und das Änderungsprotokoll. Eine SQLite-Datei genügt für eine Person; mit dem PostgreSQL der Plattform können das ganze Team und auch Support-Mitarbeiter mit Lesezugriff es gemeinsam nutzen.</translation>
    </message>
    <message>
        <source>SQLite file on this computer</source>
        <translation>SQLite-Datei auf diesem Computer</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL-Server</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Daten&amp;bank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Keychain &amp;entry:</source>
        <translation>Schlüsselbund-&amp;Eintrag:</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Open the registry and report its schema and whether it can be changed</source>
        <translation>Das Register öffnen und sein Schema melden sowie ob es geändert werden kann</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Fleetdeck asks every client&apos;s site whether it is up, and calls it degraded when the answer is slow.</source>
        <translation>Fleetdeck fragt die Website jedes Kunden, ob sie läuft, und stuft sie als beeinträchtigt ein, wenn die Antwort langsam ist.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Check &amp;every:</source>
        <translation>Prüf&amp;intervall:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Degraded above:</source>
        <translation>&amp;Beeinträchtigt ab:</translation>
    </message>
    <message>
        <source>Down af&amp;ter:</source>
        <translation>Ausgefallen &amp;nach:</translation>
    </message>
    <message>
        <source>&amp;Parallel checks:</source>
        <translation>&amp;Parallele Prüfungen:</translation>
    </message>
    <message>
        <source>A site that takes longer than &quot;Down after&quot; to answer counts as down. More parallel checks finish a large fleet sooner but load this computer&apos;s network more.</source>
        <translation>Eine Website, die länger als „Ausgefallen nach“ für die Antwort braucht, gilt als ausgefallen. Mehr parallele Prüfungen werden bei vielen Kunden schneller fertig, belasten aber das Netzwerk dieses Computers stärker.</translation>
    </message>
    <message>
        <source>WhatsApp numbers of every client. The global API key is AUTHENTICATION_API_KEY in the Evolution API server&apos;s environment.</source>
        <translation>WhatsApp-Nummern aller Kunden. Der globale API-Schlüssel ist AUTHENTICATION_API_KEY in der Umgebung des Evolution API-Servers.</translation>
    </message>
    <message>
        <source>Global API &amp;key:</source>
        <translation>Globaler API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Automations and their executions. Create an API key in n8n under Settings → n8n API.</source>
        <translation>Automatisierungen und ihre Ausführungen. Einen API-Schlüssel erstellen Sie in n8n unter Settings → n8n API.</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Subscriptions, invoices and revenue. Prefer a restricted key (rk_…) with read access to the full-access secret key (sk_…).</source>
        <translation>Abonnements, Rechnungen und Umsatz. Verwenden Sie lieber einen eingeschränkten Schlüssel (rk_…) mit Lesezugriff als den Secret Key mit Vollzugriff (sk_…).</translation>
    </message>
    <message>
        <source>Restricted &amp;key:</source>
        <translation>Eingeschränkter &amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Uptime, latency and certificate expiry from the exporters. Leave the token empty unless a proxy in front of Prometheus asks for one (a bearer token, or user:password).</source>
        <translation>Verfügbarkeit, Latenz und Zertifikatsablauf aus den Exportern. Lassen Sie das Token leer, außer ein Proxy vor Prometheus verlangt eines (ein Bearer-Token oder user:password).</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>Zugriffst&amp;oken:</translation>
    </message>
    <message>
        <source>Firing alerts and silences. Leave the token empty unless a proxy in front of Alertmanager asks for one (a bearer token, or user:password).</source>
        <translation>Aktive Alarme und Stummschaltungen. Lassen Sie das Token leer, außer ein Proxy vor Alertmanager verlangt eines (ein Bearer-Token oder user:password).</translation>
    </message>
    <message>
        <source>Every client has its own Mautic. Fleetdeck signs in as a Mautic user: switch on the API and HTTP basic auth in Mautic&apos;s API settings. The URL is where the clients&apos; Mautic instances live; the test asks one client.</source>
        <translation>Jeder Kunde hat sein eigenes Mautic. Fleetdeck meldet sich als Mautic-Benutzer an: Aktivieren Sie in den API-Einstellungen von Mautic die API und HTTP Basic Auth. Die URL gibt an, wo die Mautic-Instanzen der Kunden liegen; der Test fragt bei einem Kunden an.</translation>
    </message>
    <message>
        <source>&amp;Watch %1 in this profile</source>
        <translation>%1 in diesem Profil &amp;überwachen</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Default (%1 s)</source>
        <translation>Standard (%1 s)</translation>
    </message>
    <message>
        <source>Refresh &amp;every:</source>
        <translation>Aktualisierungs&amp;intervall:</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>The name of the keychain entry that holds the key; empty uses the name shown</source>
        <translation>Der Name des Schlüsselbund-Eintrags, der den Schlüssel enthält; leer bedeutet der angezeigte Name</translation>
    </message>
    <message>
        <source>Keychain e&amp;ntry:</source>
        <translation>Schlüsselbund-&amp;Eintrag:</translation>
    </message>
    <message>
        <source>a client&apos;s slug (e.g. acme) or its Mautic address</source>
        <translation>das Kürzel eines Kunden (z. B. acme) oder seine Mautic-Adresse</translation>
    </message>
    <message>
        <source>Test a&amp;gainst client:</source>
        <translation>Testen mit &amp;Kunde:</translation>
    </message>
    <message>
        <source>Ask %1 once with this URL and key</source>
        <translation>%1 einmal mit dieser URL und diesem Schlüssel abfragen</translation>
    </message>
    <message>
        <source>Edit profile “%1”</source>
        <translation>Profil „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>stored in the keychain — type to replace</source>
        <translation>im Schlüsselbund gespeichert — zum Ersetzen eintippen</translation>
    </message>
    <message>
        <source>user:password — not stored yet</source>
        <translation>user:password — noch nicht gespeichert</translation>
    </message>
    <message>
        <source>not stored yet — type the key</source>
        <translation>noch nicht gespeichert — Schlüssel eintippen</translation>
    </message>
    <message>
        <source>optional — only when a proxy asks for one</source>
        <translation>optional — nur wenn ein Proxy danach fragt</translation>
    </message>
    <message>
        <source>not stored yet</source>
        <translation>noch nicht gespeichert</translation>
    </message>
    <message>
        <source>This section has a problem to fix</source>
        <translation>In diesem Bereich muss etwas korrigiert werden</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>Enter the name of the PostgreSQL database.</source>
        <translation>Geben Sie den Namen der PostgreSQL-Datenbank ein.</translation>
    </message>
    <message>
        <source>Enter the PostgreSQL user name.</source>
        <translation>Geben Sie den PostgreSQL-Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Enter an http:// or https:// address, for example %1.</source>
        <translation>Geben Sie eine http://- oder https://-Adresse ein, zum Beispiel %1.</translation>
    </message>
    <message>
        <source>A profile named “%1” exists already; choose another name.</source>
        <translation>Ein Profil namens „%1“ gibt es bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Enter the full path of the file, or leave the field empty for the default.</source>
        <translation>Geben Sie den vollständigen Pfad der Datei ein, oder lassen Sie das Feld für den Standard leer.</translation>
    </message>
    <message>
        <source>Type the Mautic user and password as user:password.</source>
        <translation>Geben Sie Mautic-Benutzer und -Passwort als user:password ein.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Nicht gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: fix the %n marked field(s).</source>
        <translation>
            <numerusform>Nicht gespeichert: %n markiertes Feld korrigieren.</numerusform>
            <numerusform>Nicht gespeichert: %n markierte Felder korrigieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The extra CA file</source>
        <translation>Die zusätzliche CA-Datei</translation>
    </message>
    <message>
        <source>Opened %1: read-only, schema version %2. Fleetdeck can show the clients but not change them over this connection.</source>
        <translation>%1 geöffnet: schreibgeschützt, Schemaversion %2. Fleetdeck kann die Kunden über diese Verbindung anzeigen, aber nicht ändern.</translation>
    </message>
    <message>
        <source>Opened %1: read-write, schema version %2.</source>
        <translation>%1 geöffnet: Lesen und Schreiben, Schemaversion %2.</translation>
    </message>
    <message>
        <source>There was no registry there, so an empty one was created.</source>
        <translation>Dort gab es kein Register, daher wurde ein leeres angelegt.</translation>
    </message>
    <message>
        <source>Registry file</source>
        <translation>Registerdatei</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Extra CA certificates</source>
        <translation>Zusätzliche CA-Zertifikate</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>User:&amp;password:</source>
        <translation>Benutzer:&amp;Passwort:</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::Session</name>
    <message>
        <source>The demo simulator could not start: %1</source>
        <translation>Der Demo-Simulator konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>The demo profile is invalid: %1</source>
        <translation>Das Demo-Profil ist ungültig: %1</translation>
    </message>
    <message>
        <source>No profile is configured. Try &quot;fleetdeck status --demo&quot;, or import one with &quot;fleetdeck profiles import FILE&quot;.</source>
        <translation>Es ist kein Profil eingerichtet. Probieren Sie „fleetdeck status --demo“, oder importieren Sie eines mit „fleetdeck profiles import FILE“.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot; and no profile at all. Import one with &quot;fleetdeck profiles import FILE&quot;.</source>
        <translation>Es gibt kein Profil namens „%1“ und überhaupt kein Profil. Importieren Sie eines mit „fleetdeck profiles import FILE“.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot; (known: %2).</source>
        <translation>Es gibt kein Profil namens „%1“ (bekannt: %2).</translation>
    </message>
    <message>
        <source>The local cache %1 cannot be used (%2); Fleetdeck works without history this time.</source>
        <translation>Der lokale Zwischenspeicher %1 ist nicht nutzbar (%2); Fleetdeck arbeitet diesmal ohne Verlauf.</translation>
    </message>
    <message>
        <source>The registry</source>
        <translation>Das Register</translation>
    </message>
    <message>
        <source>Seeding the demo registry failed: %1</source>
        <translation>Das Befüllen des Demo-Registers ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The registry password could not be read: %1</source>
        <translation>Das Passwort für das Register konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>%1. There is no cached client list to fall back on.</source>
        <translation>%1. Es gibt keine zwischengespeicherte Kundenliste als Ersatz.</translation>
    </message>
    <message>
        <source>%1. The cached client list is unusable: %2</source>
        <translation>%1. Die zwischengespeicherte Kundenliste ist unbrauchbar: %2</translation>
    </message>
    <message>
        <source>%1 Showing the client list cached %2.</source>
        <translation>%1 Angezeigt wird die zwischengespeicherte Kundenliste vom %2.</translation>
    </message>
    <message>
        <source>The registry is not open</source>
        <translation>Das Register ist nicht geöffnet</translation>
    </message>
    <message>
        <source>The local cache</source>
        <translation>Der lokale Cache</translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <source>Alertmanager</source>
        <translation>Alertmanager</translation>
    </message>
    <message>
        <source>Its secret could not be read: %1</source>
        <translation>Sein Geheimnis konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Evolution API</source>
        <translation>Evolution API</translation>
    </message>
    <message>
        <source>Only the demo has a simulated phone.</source>
        <translation>Nur die Demo hat ein simuliertes Telefon.</translation>
    </message>
    <message>
        <source>the demo phone</source>
        <translation>das Demo-Telefon</translation>
    </message>
    <message>
        <source>The demo phone could not scan this code (it is no longer the current one); wait for the next.</source>
        <translation>Das Demo-Telefon konnte diesen Code nicht scannen (er ist nicht mehr aktuell); warten Sie auf den nächsten.</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::TenantEditorDialog</name>
    <message>
        <source>Add client</source>
        <translation>Kunde hinzufügen</translation>
    </message>
    <message>
        <source>No plan</source>
        <translation>Kein Tarif</translation>
    </message>
    <message>
        <source>%1 — %2 per %3</source>
        <translation>%1 — %2 pro %3</translation>
    </message>
    <message>
        <source>e.g. Pizza Co</source>
        <translation>z. B. Pizza Co</translation>
    </message>
    <message>
        <source>lower-case letters, digits and dashes</source>
        <translation>Kleinbuchstaben, Ziffern und Bindestriche</translation>
    </message>
    <message>
        <source>e-mail or phone of the person to call</source>
        <translation>E-Mail oder Telefon der Kontaktperson</translation>
    </message>
    <message>
        <source>One URL per line, e.g. https://pizzaco.example/health</source>
        <translation>Eine URL pro Zeile, z. B. https://pizzaco.example/health</translation>
    </message>
    <message>
        <source>server the client runs on, e.g. srv-2</source>
        <translation>Server, auf dem der Kunde läuft, z. B. srv-2</translation>
    </message>
    <message>
        <source>https://mautic.pizzaco.example</source>
        <translation>https://mautic.pizzaco.example</translation>
    </message>
    <message>
        <source>cus_…</source>
        <translation>cus_…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Slug</source>
        <translation>&amp;Kürzel</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>Ta&amp;rif</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>K&amp;ontakt</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Noti&amp;zen</translation>
    </message>
    <message>
        <source>&amp;Health URLs</source>
        <translation>&amp;Prüf-URLs</translation>
    </message>
    <message>
        <source>H&amp;ost</source>
        <translation>&amp;Host</translation>
    </message>
    <message>
        <source>&amp;Mautic URL</source>
        <translation>&amp;Mautic-URL</translation>
    </message>
    <message>
        <source>&amp;Evolution instance</source>
        <translation>&amp;Evolution-Instanz</translation>
    </message>
    <message>
        <source>n8n ta&amp;g</source>
        <translation>n8n-Ta&amp;g</translation>
    </message>
    <message>
        <source>St&amp;ripe customer</source>
        <translation>Str&amp;ipe-Kunde</translation>
    </message>
    <message>
        <source>GHL &amp;location</source>
        <translation>GHL-Stan&amp;dort</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>The slug identifies the client everywhere; it cannot change.</source>
        <translation>Das Kürzel identifiziert den Kunden überall; es kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>Give the client a name.</source>
        <translation>Geben Sie dem Kunden einen Namen.</translation>
    </message>
    <message>
        <source>The slug &quot;%1&quot; is not valid: use lower-case letters, digits and dashes (at most 63).</source>
        <translation>Das Kürzel „%1“ ist ungültig: Verwenden Sie Kleinbuchstaben, Ziffern und Bindestriche (höchstens 63).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>„%1“ ist keine http://- oder https://-Adresse.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>year</source>
        <translation>Jahr</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message>
        <source>week</source>
        <translation>Woche</translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fleetdeck::TenantTableModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (veraltet)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Stale: %1</source>
        <translation>Veraltet: %1</translation>
    </message>
    <message>
        <source>not checked recently</source>
        <translation>in letzter Zeit nicht geprüft</translation>
    </message>
    <message>
        <source>Certificate valid until %1</source>
        <translation>Zertifikat gültig bis %1</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>TLS expires</source>
        <translation>TLS läuft ab</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Zuletzt geprüft</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::TenantsPanel</name>
    <message>
        <source>&amp;Add client</source>
        <translation>Kunde &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Copy status report</source>
        <translation>Statusbericht &amp;kopieren</translation>
    </message>
    <message>
        <source>Filter by name, slug, plan, host, URL…</source>
        <translation>Nach Name, Kürzel, Tarif, Host, URL filtern…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Any health</source>
        <translation>Jeder Zustand</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Add a client to the registry (Ctrl+N)</source>
        <translation>Einen Kunden zum Register hinzufügen (Ctrl+N)</translation>
    </message>
    <message>
        <source>Import clients from a CSV or JSON file, with a preview first (Ctrl+I)</source>
        <translation>Kunden aus einer CSV- oder JSON-Datei importieren, vorher mit Vorschau (Ctrl+I)</translation>
    </message>
    <message>
        <source>Copy a Markdown summary of this client for a support ticket (Ctrl+Shift+C)</source>
        <translation>Eine Markdown-Zusammenfassung dieses Kunden für ein Support-Ticket kopieren (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Suspend…</source>
        <translation>Sperren…</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reaktivieren</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Copy status report</source>
        <translation>Statusbericht kopieren</translation>
    </message>
    <message>
        <source>This is a read-only (support) connection to the registry: changes are made by someone with write access.</source>
        <translation>Dies ist eine schreibgeschützte (Support-)Verbindung zum Register: Änderungen nimmt jemand mit Schreibrechten vor.</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Re&amp;aktivieren</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n Kunde</numerusform>
            <numerusform>%n Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>No clients in the registry yet.</source>
        <translation>Noch keine Kunden im Register.</translation>
    </message>
    <message>
        <source>No clients yet.
Add one with Ctrl+N, or import a list with Ctrl+I.</source>
        <translation>Noch keine Kunden.
Fügen Sie mit Ctrl+N einen hinzu oder importieren Sie eine Liste mit Ctrl+I.</translation>
    </message>
    <message>
        <source>No client matches these filters.
Clear the search (Esc) or choose &quot;Any health&quot;.</source>
        <translation>Kein Kunde passt zu diesen Filtern.
Leeren Sie die Suche (Esc) oder wählen Sie „Jeder Zustand“.</translation>
    </message>
    <message>
        <source>Select a client to see everything Fleetdeck knows about it.</source>
        <translation>Wählen Sie einen Kunden aus, um alles zu sehen, was Fleetdeck über ihn weiß.</translation>
    </message>
    <message>
        <source>not monitored</source>
        <translation>nicht überwacht</translation>
    </message>
    <message>
        <source>Stale: %1</source>
        <translation>Veraltet: %1</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>TLS-Zertifikat</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Client since</source>
        <translation>Kunde seit</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Mautic</source>
        <translation>Mautic</translation>
    </message>
    <message>
        <source>Evolution instance</source>
        <translation>Evolution-Instanz</translation>
    </message>
    <message>
        <source>n8n tag</source>
        <translation>n8n-Tag</translation>
    </message>
    <message>
        <source>Stripe customer</source>
        <translation>Stripe-Kunde</translation>
    </message>
    <message>
        <source>GHL location</source>
        <translation>GHL-Standort</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Health endpoints</source>
        <translation>Prüf-Endpunkte</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>TLS %1</source>
        <translation>TLS %1</translation>
    </message>
    <message>
        <source>No health URL: add one (Edit) so Fleetdeck can check this client.</source>
        <translation>Keine Prüf-URL: Fügen Sie eine hinzu (Bearbeiten), damit Fleetdeck diesen Kunden prüfen kann.</translation>
    </message>
    <message>
        <source>The registry</source>
        <translation>Das Register</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Suspend %1?</source>
        <translation>%1 sperren?</translation>
    </message>
    <message>
        <source>%1 will no longer be checked and is shown as paused. Its data stays; you can reactivate it later.</source>
        <translation>%1 wird nicht mehr geprüft und als pausiert angezeigt. Die Daten bleiben erhalten; Sie können den Kunden später reaktivieren.</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Suspended %1.</source>
        <translation>%1 gesperrt.</translation>
    </message>
    <message>
        <source>Reactivated %1.</source>
        <translation>%1 reaktiviert.</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>%1 entfernen?</translation>
    </message>
    <message>
        <source>%1 and its endpoints will be removed from the registry. The audit log keeps a record of the removal. This cannot be undone from Fleetdeck.</source>
        <translation>%1 und seine Endpunkte werden aus dem Register entfernt. Das Änderungsprotokoll hält das Entfernen fest. In Fleetdeck lässt sich das nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n client(s).</source>
        <translation>
            <numerusform>%n Kunde importiert.</numerusform>
            <numerusform>%n Kunden importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the status report of %1.</source>
        <translation>Statusbericht von %1 kopiert.</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::TrayIcon</name>
    <message>
        <source>Fleetdeck — no clients monitored</source>
        <translation>Fleetdeck — keine Kunden überwacht</translation>
    </message>
    <message>
        <source>Fleetdeck — all %1 clients up</source>
        <translation>Fleetdeck — alle %1 Kunden laufen</translation>
    </message>
    <message>
        <source>Fleetdeck — %1 down, %2 degraded, %3 up</source>
        <translation>Fleetdeck — ausgefallen: %1, beeinträchtigt: %2, läuft: %3</translation>
    </message>
    <message>
        <source>Show Fleetdeck</source>
        <translation>Fleetdeck anzeigen</translation>
    </message>
    <message>
        <source>Nothing is down</source>
        <translation>Nichts ist ausgefallen</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>Down:</source>
        <translation>Ausgefallen:</translation>
    </message>
    <message>
        <source>…and %1 more</source>
        <translation>…und %1 weitere</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>Quit Fleetdeck</source>
        <translation>Fleetdeck beenden</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) need attention</source>
        <translation>
            <numerusform>%n Alarm braucht Aufmerksamkeit</numerusform>
            <numerusform>%n Alarme brauchen Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>Behoben: %1</translation>
    </message>
    <message>
        <source>Still %1: %2</source>
        <translation>Weiterhin %1: %2</translation>
    </message>
    <message>
        <source>Now %1: %2</source>
        <translation>Jetzt %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Needs attention:</source>
        <translation>Braucht Aufmerksamkeit:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message numerus="yes">
        <source>Mute notifications about %1 for %n hour(s)</source>
        <translation>
            <numerusform>Benachrichtigungen zu %1 für %n Stunde stummschalten</numerusform>
            <numerusform>Benachrichtigungen zu %1 für %n Stunden stummschalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Muted (%1)</source>
        <translation>Stummgeschaltet (%1)</translation>
    </message>
    <message>
        <source>Unmute %1 (muted until %2)</source>
        <translation>Stummschaltung für %1 aufheben (stumm bis %2)</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::WhatsAppPairing</name>
    <message>
        <source>Evolution API is not set up in this profile; add its URL and API key first.</source>
        <translation>Evolution API ist in diesem Profil nicht eingerichtet; fügen Sie zuerst URL und API-Schlüssel hinzu.</translation>
    </message>
    <message>
        <source>Evolution API did not answer (%1); trying again.</source>
        <translation>Evolution API hat nicht geantwortet (%1); es wird erneut versucht.</translation>
    </message>
    <message>
        <source>Evolution API could not start pairing (it said &quot;%1&quot;). The instance may not be loaded on the server: restart it from the WhatsApp panel, then pair again.</source>
        <translation>Evolution API konnte die Verknüpfung nicht starten (Antwort: „%1“). Die Instanz ist auf dem Server möglicherweise nicht geladen: Starten Sie sie im WhatsApp-Bereich neu und verknüpfen Sie sie dann erneut.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>WhatsApp has not issued a code for %1 s. The server may not reach WhatsApp (check its network and its logs), then start again.</source>
        <translation>WhatsApp hat seit %1 s keinen Code ausgegeben. Möglicherweise erreicht der Server WhatsApp nicht (prüfen Sie sein Netzwerk und seine Logs); beginnen Sie dann neu.</translation>
    </message>
    <message>
        <source>None of the %1 codes was scanned, so Evolution API stopped pairing (its limit is %2 codes). Start again when the phone is at hand: WhatsApp → Linked devices → Link a device.</source>
        <translation>Keiner der %1 Codes wurde gescannt, daher hat Evolution API die Verknüpfung beendet (das Limit liegt bei %2 Codes). Beginnen Sie neu, sobald das Telefon zur Hand ist: WhatsApp → Verknüpfte Geräte → Gerät hinzufügen.</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::WhatsAppPairingDialog</name>
    <message>
        <source>&amp;Get code</source>
        <translation>Code &amp;anfordern</translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation>&amp;Neu beginnen</translation>
    </message>
    <message>
        <source>Pair WhatsApp</source>
        <translation>WhatsApp verknüpfen</translation>
    </message>
    <message>
        <source>Pair WhatsApp: %1</source>
        <translation>WhatsApp verknüpfen: %1</translation>
    </message>
    <message>
        <source>Evolution instance %1</source>
        <translation>Evolution-Instanz %1</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR-Code</translation>
    </message>
    <message>
        <source>Code for a phone number</source>
        <translation>Code für eine Telefonnummer</translation>
    </message>
    <message>
        <source>On the phone: WhatsApp → Settings → Linked devices → Link a device, then point the camera at the code.</source>
        <translation>Auf dem Telefon: WhatsApp → Einstellungen → Verknüpfte Geräte → Gerät hinzufügen, dann die Kamera auf den Code richten.</translation>
    </message>
    <message>
        <source>When the phone cannot scan: enter its WhatsApp number with the country code, then type the code on the phone under WhatsApp → Linked devices → Link a device → Link with phone number instead.</source>
        <translation>Wenn das Telefon nicht scannen kann: Geben Sie seine WhatsApp-Nummer mit Ländervorwahl ein und tippen Sie den Code dann auf dem Telefon ein, unter WhatsApp → Verknüpfte Geräte → Gerät hinzufügen → Stattdessen mit Telefonnummer verknüpfen.</translation>
    </message>
    <message>
        <source>e.g. +55 11 99999 0000</source>
        <translation>z. B. +55 11 99999 0000</translation>
    </message>
    <message>
        <source>Enter the full number with its country code (at least 8 digits).</source>
        <translation>Geben Sie die vollständige Nummer mit Ländervorwahl ein (mindestens 8 Ziffern).</translation>
    </message>
    <message>
        <source>The server sent a code that cannot be drawn.</source>
        <translation>Der Server hat einen Code gesendet, der sich nicht darstellen lässt.</translation>
    </message>
    <message>
        <source>Asking Evolution API to start pairing…</source>
        <translation>Evolution API wird gebeten, die Verknüpfung zu starten…</translation>
    </message>
    <message>
        <source>Waiting for WhatsApp to issue a code…
This usually takes a few seconds.</source>
        <translation>Warte darauf, dass WhatsApp einen Code ausgibt…
Das dauert meist nur wenige Sekunden.</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Verbunden.</translation>
    </message>
    <message>
        <source>Code %1 of %2 · a new code in about %3 s</source>
        <translation>Code %1 von %2 · neuer Code in etwa %3 s</translation>
    </message>
    <message>
        <source>Code %1 of %2 · a new code any moment</source>
        <translation>Code %1 von %2 · neuer Code jeden Moment</translation>
    </message>
    <message>
        <source>Scan with the demo phone</source>
        <translation>Mit dem Demo-Telefon scannen</translation>
    </message>
    <message>
        <source>Demo only: the simulated phone scans the code on screen</source>
        <translation>Nur in der Demo: Das simulierte Telefon scannt den angezeigten Code</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::WhatsAppPanel</name>
    <message>
        <source>&amp;Pair…</source>
        <translation>&amp;Verknüpfen…</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Neu starten</translation>
    </message>
    <message>
        <source>&amp;Log out…</source>
        <translation>A&amp;bmelden…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Send &amp;test message…</source>
        <translation>&amp;Testnachricht senden…</translation>
    </message>
    <message>
        <source>&amp;Assign to client…</source>
        <translation>Einem Kunden &amp;zuordnen…</translation>
    </message>
    <message>
        <source>&amp;Open client</source>
        <translation>Kunden ö&amp;ffnen</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Search clients, instances, numbers…</source>
        <translation>Kunden, Instanzen, Nummern suchen…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>Pairing, never paired, logged out, or not loaded</source>
        <translation>Wird verknüpft, nie verknüpft, abgemeldet oder nicht geladen</translation>
    </message>
    <message>
        <source>Was connected and is not, or says it is connected while sending fails</source>
        <translation>War verbunden und ist es nicht mehr, oder meldet sich als verbunden, während das Senden fehlschlägt</translation>
    </message>
    <message>
        <source>Show the QR code to link this number (P)</source>
        <translation>Den QR-Code zum Verknüpfen dieser Nummer anzeigen (P)</translation>
    </message>
    <message>
        <source>Restart the WhatsApp connection (R)</source>
        <translation>Die WhatsApp-Verbindung neu starten (R)</translation>
    </message>
    <message>
        <source>Unlink the phone; the instance stays and can be paired again (L)</source>
        <translation>Die Verknüpfung mit dem Telefon aufheben; die Instanz bleibt bestehen und kann erneut verknüpft werden (L)</translation>
    </message>
    <message>
        <source>Delete the instance from Evolution API (Del)</source>
        <translation>Die Instanz aus Evolution API löschen (Entf)</translation>
    </message>
    <message>
        <source>Send a text message to check that sending works (T)</source>
        <translation>Eine Textnachricht senden, um zu prüfen, ob das Senden funktioniert (T)</translation>
    </message>
    <message>
        <source>Name this instance in a client&apos;s record (A)</source>
        <translation>Diese Instanz im Eintrag eines Kunden hinterlegen (A)</translation>
    </message>
    <message>
        <source>Open the client (Enter)</source>
        <translation>Den Kunden öffnen (Eingabe)</translation>
    </message>
    <message>
        <source>Evolution API is not set up in this profile.</source>
        <translation>Evolution API ist in diesem Profil nicht eingerichtet.</translation>
    </message>
    <message>
        <source>Add the Evolution API server&apos;s URL and the name of its API key under File → Profiles, then store the key in the keychain; Fleetdeck then lists every WhatsApp number here.</source>
        <translation>Tragen Sie unter Datei → Profile die URL des Evolution API-Servers und den Namen seines API-Schlüssels ein und speichern Sie den Schlüssel dann im Schlüsselbund; danach listet Fleetdeck hier alle WhatsApp-Nummern auf.</translation>
    </message>
    <message>
        <source>checked %1</source>
        <translation>geprüft %1</translation>
    </message>
    <message>
        <source>%1 The list shows what was known %2.</source>
        <translation>%1 Die Liste zeigt, was %2 bekannt war.</translation>
    </message>
    <message>
        <source>Showing the last known state from %1; asking Evolution API…</source>
        <translation>Angezeigt wird der zuletzt bekannte Zustand (%1); Evolution API wird abgefragt…</translation>
    </message>
    <message>
        <source>Asking Evolution API for its instances…</source>
        <translation>Evolution API wird nach den Instanzen gefragt…</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n Instanz</numerusform>
            <numerusform>%n Instanzen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>Evolution API has no instances yet. Create one for a client on the server (its manager), name it in the client&apos;s record, then pair it here.</source>
        <translation>Evolution API hat noch keine Instanzen. Legen Sie auf dem Server (in seinem Manager) eine für einen Kunden an, hinterlegen Sie sie im Eintrag des Kunden und verknüpfen Sie sie dann hier.</translation>
    </message>
    <message>
        <source>No WhatsApp instances are known yet.</source>
        <translation>Noch keine WhatsApp-Instanzen bekannt.</translation>
    </message>
    <message>
        <source>No instance matches this filter. Choose &quot;All&quot; or clear the search.</source>
        <translation>Keine Instanz passt zu diesem Filter. Wählen Sie „Alle“ oder leeren Sie die Suche.</translation>
    </message>
    <message>
        <source>The registry is read-only for you</source>
        <translation>Das Register ist für Sie schreibgeschützt</translation>
    </message>
    <message>
        <source>Already connected</source>
        <translation>Bereits verbunden</translation>
    </message>
    <message>
        <source>its number</source>
        <translation>seine Nummer</translation>
    </message>
    <message>
        <source>WhatsApp of %1 is connected: %2.</source>
        <translation>WhatsApp von %1 ist verbunden: %2.</translation>
    </message>
    <message>
        <source>WhatsApp of %1 is connected: %2 (%3).</source>
        <translation>WhatsApp von %1 ist verbunden: %2 (%3).</translation>
    </message>
    <message>
        <source>Restarting the WhatsApp connection of %1…</source>
        <translation>Die WhatsApp-Verbindung von %1 wird neu gestartet…</translation>
    </message>
    <message>
        <source>%1&apos;s WhatsApp says it is connected, but the connection is closed. Log it out and pair it again.</source>
        <translation>WhatsApp von %1 meldet sich als verbunden, aber die Verbindung ist geschlossen. Melden Sie es ab und verknüpfen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not restart %1: %2</source>
        <translation>%1 konnte nicht neu gestartet werden: %2</translation>
    </message>
    <message>
        <source>Evolution API could not restart %1 (it said &quot;%2&quot;); the instance is not connected. Pair it instead.</source>
        <translation>Evolution API konnte %1 nicht neu starten (Antwort: „%2“); die Instanz ist nicht verbunden. Verknüpfen Sie sie stattdessen.</translation>
    </message>
    <message>
        <source>%1&apos;s WhatsApp restarted and is connected.</source>
        <translation>WhatsApp von %1 wurde neu gestartet und ist verbunden.</translation>
    </message>
    <message>
        <source>%1&apos;s WhatsApp restarted; it needs to be paired again.</source>
        <translation>WhatsApp von %1 wurde neu gestartet; es muss erneut verknüpft werden.</translation>
    </message>
    <message>
        <source>Log out WhatsApp</source>
        <translation>WhatsApp abmelden</translation>
    </message>
    <message>
        <source>Unlink %1 from %2&apos;s WhatsApp? Messages stop until someone pairs a phone again.</source>
        <translation>Die Verknüpfung von %1 mit dem WhatsApp von %2 aufheben? Bis jemand wieder ein Telefon verknüpft, fließen keine Nachrichten.</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Logging out %1…</source>
        <translation>%1 wird abgemeldet…</translation>
    </message>
    <message>
        <source>Could not log out %1: %2</source>
        <translation>%1 konnte nicht abgemeldet werden: %2</translation>
    </message>
    <message>
        <source>%1&apos;s WhatsApp is logged out; pair it again when the phone is at hand.</source>
        <translation>WhatsApp von %1 ist abgemeldet; verknüpfen Sie es erneut, sobald das Telefon zur Hand ist.</translation>
    </message>
    <message>
        <source>Delete WhatsApp instance</source>
        <translation>WhatsApp-Instanz löschen</translation>
    </message>
    <message>
        <source>This deletes the instance &quot;%1&quot; (%2) from Evolution API: the phone is unlinked and its stored messages, contacts and chats go with it. It cannot be undone.

Type the instance&apos;s name to confirm.</source>
        <translation>Dadurch wird die Instanz „%1“ (%2) aus Evolution API gelöscht: Die Verknüpfung mit dem Telefon wird aufgehoben, und die gespeicherten Nachrichten, Kontakte und Chats werden mitgelöscht. Das lässt sich nicht rückgängig machen.

Geben Sie zur Bestätigung den Namen der Instanz ein.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>%1 wird gelöscht…</translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation>%1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>The instance %1 (%2) is deleted; Evolution API removes it in the background.</source>
        <translation>Die Instanz %1 (%2) ist gelöscht; Evolution API entfernt sie im Hintergrund.</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>Testnachricht senden</translation>
    </message>
    <message>
        <source>digits with country code, e.g. 5511988887777</source>
        <translation>Ziffern mit Ländervorwahl, z. B. 5511988887777</translation>
    </message>
    <message>
        <source>Test message from Fleetdeck: the WhatsApp of %1 can send.</source>
        <translation>Testnachricht von Fleetdeck: Das WhatsApp von %1 kann senden.</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;An</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Nachricht</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>From %1 (%2)</source>
        <translation>Von %1 (%2)</translation>
    </message>
    <message>
        <source>Write a message first.</source>
        <translation>Schreiben Sie zuerst eine Nachricht.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Sent to %1 (status %2).</source>
        <translation>An %1 gesendet (Status %2).</translation>
    </message>
    <message>
        <source>+%1 is not on WhatsApp. Check the number: country code first, digits only.</source>
        <translation>+%1 ist nicht bei WhatsApp. Prüfen Sie die Nummer: zuerst die Ländervorwahl, nur Ziffern.</translation>
    </message>
    <message>
        <source>Not sent: the instance says it is connected, but WhatsApp closed the connection. Restart it; if that fails, log it out and pair it again.</source>
        <translation>Nicht gesendet: Die Instanz meldet sich als verbunden, aber WhatsApp hat die Verbindung geschlossen. Starten Sie sie neu; falls das nicht hilft, melden Sie sie ab und verknüpfen Sie sie erneut.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Assign to a client</source>
        <translation>Einem Kunden zuordnen</translation>
    </message>
    <message>
        <source>%1 (replaces %2)</source>
        <translation>%1 (ersetzt %2)</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuordnen</translation>
    </message>
    <message>
        <source>Which client does the WhatsApp instance &quot;%1&quot; belong to? Its record in the registry names the instance, so its alerts and status carry the client&apos;s name.</source>
        <translation>Zu welchem Kunden gehört die WhatsApp-Instanz „%1“? Sein Eintrag im Register nennt dann die Instanz, sodass ihre Alarme und ihr Status den Namen des Kunden tragen.</translation>
    </message>
    <message>
        <source>Assigning %1…</source>
        <translation>%1 wird zugeordnet…</translation>
    </message>
    <message>
        <source>the registry</source>
        <translation>das Register</translation>
    </message>
    <message>
        <source>Could not assign %1: %2</source>
        <translation>%1 konnte nicht zugeordnet werden: %2</translation>
    </message>
    <message>
        <source>%1 now belongs to %2.</source>
        <translation>%1 gehört jetzt zu %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln connected</source>
        <translation>
            <numerusform>%Ln verbunden</numerusform>
            <numerusform>%Ln verbunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting</source>
        <translation>
            <numerusform>%Ln wartend</numerusform>
            <numerusform>%Ln wartend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln disconnected</source>
        <translation>
            <numerusform>%Ln getrennt</numerusform>
            <numerusform>%Ln getrennt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not assigned to a client</source>
        <translation>
            <numerusform>%Ln keinem Kunden zugeordnet</numerusform>
            <numerusform>%Ln keinem Kunden zugeordnet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fleetdeck::WhatsAppTableModel</name>
    <message>
        <source>Connected but dead</source>
        <translation>Verbunden, aber funktionslos</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>Wird verknüpft</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Not paired</source>
        <translation>Nicht verknüpft</translation>
    </message>
    <message>
        <source>Unknown (not loaded)</source>
        <translation>Unbekannt (nicht geladen)</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Geändert %1</translation>
    </message>
    <message>
        <source>Calls fail: %1</source>
        <translation>Anfragen schlagen fehl: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n state change(s) in the last 10 minutes</source>
        <translation>
            <numerusform>%n Zustandswechsel in den letzten 10 Minuten</numerusform>
            <numerusform>%n Zustandswechsel in den letzten 10 Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source> · reconnect loop</source>
        <translation> · Neuverbindungsschleife</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>Last disconnection</source>
        <translation>Letzte Trennung</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>Fleetdeck: the platform&apos;s operations console.</source>
        <translation>Fleetdeck: die Betriebskonsole der Plattform.</translation>
    </message>
    <message>
        <source>Open this panel: overview, tenants or audit.</source>
        <translation>Diesen Bereich öffnen: overview, tenants oder audit.</translation>
    </message>
    <message>
        <source>Open this client (its slug).</source>
        <translation>Diesen Kunden öffnen (sein Kürzel).</translation>
    </message>
    <message>
        <source>Language: de, es, pt_BR, en (default: the system&apos;s).</source>
        <translation>Sprache: de, es, pt_BR, en (Standard: die des Systems).</translation>
    </message>
    <message>
        <source>Save the window as PNG once the first refresh is painted, then exit.</source>
        <translation>Das Fenster als PNG speichern, sobald die erste Aktualisierung gezeichnet ist, dann beenden.</translation>
    </message>
    <message>
        <source>No display found (DISPLAY and WAYLAND_DISPLAY are empty): showing the fleet&apos;s status here instead. Run &quot;fleetdeck --help&quot; for the commands.</source>
        <translation>Keine Anzeige gefunden (DISPLAY und WAYLAND_DISPLAY sind leer): Der Status aller Kunden wird stattdessen hier angezeigt. Die Befehle zeigt „fleetdeck --help“.</translation>
    </message>
    <message>
        <source>Welcome to Fleetdeck</source>
        <translation>Willkommen bei Fleetdeck</translation>
    </message>
    <message>
        <source>Fleetdeck has no profile yet: it does not know which platform to watch.

Try the demo (a simulated platform with 40 clients), or set up a profile with your services&apos; addresses and keys.</source>
        <translation>Fleetdeck hat noch kein Profil: Es weiß nicht, welche Plattform es überwachen soll.

Probieren Sie die Demo aus (eine simulierte Plattform mit 40 Kunden), oder richten Sie ein Profil mit den Adressen und Schlüsseln Ihrer Dienste ein.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Demo ausprobieren</translation>
    </message>
    <message>
        <source>Set up a profile…</source>
        <translation>Profil einrichten…</translation>
    </message>
    <message>
        <source>Fleetdeck cannot start</source>
        <translation>Fleetdeck kann nicht starten</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>up</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>beeinträchtigt</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>HealthProbe</name>
    <message>
        <source>Health check</source>
        <translation>Zustandsprüfung</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>the health page is larger than 1 MiB</source>
        <translation>die Statusseite ist größer als 1 MiB</translation>
    </message>
    <message>
        <source>bad health URL: %1</source>
        <translation>ungültige Prüf-URL: %1</translation>
    </message>
    <message>
        <source>check cancelled</source>
        <translation>Prüfung abgebrochen</translation>
    </message>
    <message>
        <source>answered HTTP %1</source>
        <translation>antwortete mit HTTP %1</translation>
    </message>
    <message>
        <source>slow: %1 ms (limit %2 ms)</source>
        <translation>langsam: %1 ms (Grenze %2 ms)</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>the server closed the connection before the answer was complete</source>
        <translation>der Server hat die Verbindung vor dem Ende der Antwort geschlossen</translation>
    </message>
    <message>
        <source>host name not found</source>
        <translation>Hostname nicht gefunden</translation>
    </message>
    <message>
        <source>the network is unavailable</source>
        <translation>das Netzwerk ist nicht erreichbar</translation>
    </message>
    <message>
        <source>the certificate expired on %1</source>
        <translation>das Zertifikat ist am %1 abgelaufen</translation>
    </message>
</context>
<context>
    <name>LocalCache</name>
    <message>
        <source>The local cache %1 was written by a newer Fleetdeck. It was moved to %2 and a fresh cache was started; history fills again from the next refresh.</source>
        <translation>Der lokale Zwischenspeicher %1 wurde von einer neueren Fleetdeck-Version geschrieben. Er wurde nach %2 verschoben und ein neuer Zwischenspeicher angelegt; der Verlauf füllt sich ab der nächsten Aktualisierung wieder.</translation>
    </message>
    <message>
        <source>The local cache %1 was damaged. It was moved to %2 and a fresh cache was started; history fills again from the next refresh.</source>
        <translation>Der lokale Zwischenspeicher %1 war beschädigt. Er wurde nach %2 verschoben und ein neuer Zwischenspeicher angelegt; der Verlauf füllt sich ab der nächsten Aktualisierung wieder.</translation>
    </message>
</context>
<context>
    <name>MrrCalculator</name>
    <message>
        <source>%1 % off</source>
        <translation>%1 % Rabatt</translation>
    </message>
    <message>
        <source>%1 %2 off per invoice</source>
        <translation>%1 %2 Rabatt pro Rechnung</translation>
    </message>
    <message>
        <source>%1 forever</source>
        <translation>%1 dauerhaft</translation>
    </message>
    <message>
        <source>%1 once</source>
        <translation>%1 einmalig</translation>
    </message>
    <message>
        <source>%1 for %2 months</source>
        <translation>%1 für %2 Monate</translation>
    </message>
    <message>
        <source>past due for more than %1 days: counted as churned by the chosen policy</source>
        <translation>seit mehr als %1 Tagen überfällig: nach der gewählten Regel als gekündigt gezählt</translation>
    </message>
    <message>
        <source>in trial: not revenue yet</source>
        <translation>in der Testphase: noch kein Umsatz</translation>
    </message>
    <message>
        <source>status %1: not recurring revenue</source>
        <translation>Status %1: kein wiederkehrender Umsatz</translation>
    </message>
    <message>
        <source>metered (usage-based) price: not recurring revenue</source>
        <translation>nutzungsabhängiger Preis: kein wiederkehrender Umsatz</translation>
    </message>
    <message>
        <source>tiered price: its tiers are not loaded, so it is left out</source>
        <translation>Staffelpreis: seine Staffeln sind nicht geladen, daher nicht gezählt</translation>
    </message>
    <message>
        <source>priced in %1, not the subscription&apos;s %2</source>
        <translation>in %1 berechnet, nicht in %2 wie das Abonnement</translation>
    </message>
    <message>
        <source>%1 (%2): starts later, not deducted</source>
        <translation>%1 (%2): beginnt später, nicht abgezogen</translation>
    </message>
    <message>
        <source>%1 (%2): ended, not deducted</source>
        <translation>%1 (%2): abgelaufen, nicht abgezogen</translation>
    </message>
    <message>
        <source>%1 (%2): not deducted (only forever coupons reduce MRR in Stripe&apos;s definition)</source>
        <translation>%1 (%2): nicht abgezogen (nach Stripes Definition mindern nur dauerhafte Gutscheine den MRR)</translation>
    </message>
    <message>
        <source>%1 (%2): deducted</source>
        <translation>%1 (%2): abgezogen</translation>
    </message>
    <message>
        <source>%1: its coupon %2 is unknown, not deducted</source>
        <translation>%1: sein Gutschein %2 ist unbekannt, nicht abgezogen</translation>
    </message>
</context>
<context>
    <name>PlatformMonitor</name>
    <message>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <source>Alertmanager</source>
        <translation>Alertmanager</translation>
    </message>
    <message>
        <source>node_exporter on %1 does not answer</source>
        <translation>node_exporter auf %1 antwortet nicht</translation>
    </message>
    <message>
        <source>%1 on %2: %3 free of %4</source>
        <translation>%1 auf %2: %3 frei von %4</translation>
    </message>
    <message>
        <source>postgres_exporter cannot reach the database</source>
        <translation>postgres_exporter erreicht die Datenbank nicht</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>answers in %1 ms</source>
        <translation>antwortet in %1 ms</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>node_exporter answers</source>
        <translation>node_exporter antwortet</translation>
    </message>
    <message>
        <source>node_exporter does not answer</source>
        <translation>node_exporter antwortet nicht</translation>
    </message>
    <message>
        <source>Platform database (%1)</source>
        <translation>Plattform-Datenbank (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n database(s), %2 connections</source>
        <translation>
            <numerusform>%1 in %n Datenbank, %2 Verbindungen</numerusform>
            <numerusform>%1 in %n Datenbanken, %2 Verbindungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n target(s) up</source>
        <translation>
            <numerusform>%1 von %n Ziel erreichbar</numerusform>
            <numerusform>%1 von %n Zielen erreichbar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfilesCommand</name>
    <message>
        <source>No saved profiles. Import one with &quot;fleetdeck profiles import FILE&quot;.</source>
        <translation>Keine gespeicherten Profile. Importieren Sie eines mit „fleetdeck profiles import FILE“.</translation>
    </message>
    <message>
        <source>Saved profile &quot;%1&quot;. Store its secrets with &quot;fleetdeck secret set NAME&quot;.</source>
        <translation>Profil „%1“ gespeichert. Speichern Sie seine Geheimnisse mit „fleetdeck secret set NAME“.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now the active profile.</source>
        <translation>„%1“ ist jetzt das aktive Profil.</translation>
    </message>
    <message>
        <source>Removed profile &quot;%1&quot; (its secrets stay in the keychain).</source>
        <translation>Profil „%1“ entfernt (seine Geheimnisse bleiben im Schlüsselbund).</translation>
    </message>
    <message>
        <source>Usage: fleetdeck profiles list | import FILE | show NAME | use NAME | remove NAME</source>
        <translation>Verwendung: fleetdeck profiles list | import FILE | show NAME | use NAME | remove NAME</translation>
    </message>
</context>
<context>
    <name>PrometheusClient</name>
    <message>
        <source>no URL is set; enter the address of Prometheus</source>
        <translation>keine URL festgelegt; geben Sie die Adresse von Prometheus ein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address</source>
        <translation>„%1“ ist keine http://- oder https://-Adresse</translation>
    </message>
    <message>
        <source>a range query needs a start before its end</source>
        <translation>bei einer Bereichsabfrage muss der Beginn vor dem Ende liegen</translation>
    </message>
</context>
<context>
    <name>PrometheusHealth</name>
    <message>
        <source>no probe result in Prometheus</source>
        <translation>kein Prüfergebnis in Prometheus</translation>
    </message>
    <message>
        <source>the probe failed: answered HTTP %1</source>
        <translation>die Prüfung schlug fehl: Antwort HTTP %1</translation>
    </message>
    <message>
        <source>the probe failed: no answer (connection or TLS failure)</source>
        <translation>die Prüfung schlug fehl: keine Antwort (Verbindungs- oder TLS-Fehler)</translation>
    </message>
    <message>
        <source>slow: %1 ms (limit %2 ms)</source>
        <translation>langsam: %1 ms (Grenze %2 ms)</translation>
    </message>
</context>
<context>
    <name>RecordValidator</name>
    <message>
        <source>slug is missing</source>
        <translation>Kürzel fehlt</translation>
    </message>
    <message>
        <source>slug &quot;%1&quot; is not valid (use 1 to 63 lower-case letters, digits and dashes, starting with a letter or digit)</source>
        <translation>Kürzel „%1“ ist ungültig (1 bis 63 Kleinbuchstaben, Ziffern und Bindestriche, beginnend mit einem Buchstaben oder einer Ziffer)</translation>
    </message>
    <message>
        <source>name is missing</source>
        <translation>Name fehlt</translation>
    </message>
    <message>
        <source>name is longer than %1 characters</source>
        <translation>Name ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>name contains control characters</source>
        <translation>Name enthält Steuerzeichen</translation>
    </message>
    <message>
        <source>plan &quot;%1&quot; is unknown (known: %2)</source>
        <translation>Tarif „%1“ ist unbekannt (bekannt: %2)</translation>
    </message>
    <message>
        <source>notes are longer than %1 characters</source>
        <translation>Notizen sind länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>health URL &quot;%1&quot; is not a valid http:// or https:// URL</source>
        <translation>Prüf-URL „%1“ ist keine gültige http://- oder https://-URL</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; contains spaces or control characters</source>
        <translation>%1 „%2“ enthält Leerzeichen oder Steuerzeichen</translation>
    </message>
    <message>
        <source>plan code is missing</source>
        <translation>Tarifcode fehlt</translation>
    </message>
    <message>
        <source>plan code &quot;%1&quot; is not valid (letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, up to 64 characters)</source>
        <translation>Tarifcode „%1“ ist ungültig (Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos;, höchstens 64 Zeichen)</translation>
    </message>
    <message>
        <source>plan name is missing</source>
        <translation>Tarifname fehlt</translation>
    </message>
    <message>
        <source>plan name is longer than %1 characters</source>
        <translation>Tarifname ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>amount must not be negative</source>
        <translation>Betrag darf nicht negativ sein</translation>
    </message>
    <message>
        <source>currency &quot;%1&quot; is not a three-letter ISO code</source>
        <translation>Währung „%1“ ist kein dreistelliger ISO-Code</translation>
    </message>
    <message>
        <source>interval &quot;%1&quot; is unknown (use day, week, month or year)</source>
        <translation>Intervall „%1“ ist unbekannt (verwenden Sie day, week, month oder year)</translation>
    </message>
    <message>
        <source>interval count must be at least 1</source>
        <translation>Intervallanzahl muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>none defined</source>
        <translation>keine definiert</translation>
    </message>
</context>
<context>
    <name>RefreshScheduler</name>
    <message>
        <source>Health checks</source>
        <translation>Zustandsprüfungen</translation>
    </message>
    <message>
        <source>No health endpoint answered (%1 tried; first error: %2). This computer may be offline or the sites&apos; network is down; showing the last known state.</source>
        <translation>Kein Prüf-Endpunkt hat geantwortet (%1 versucht; erster Fehler: %2). Dieser Computer ist möglicherweise offline oder das Netzwerk der Websites ist ausgefallen; angezeigt wird der zuletzt bekannte Zustand.</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>there is no tenant with the slug &quot;%1&quot;</source>
        <translation>es gibt keinen Kunden mit dem Kürzel „%1“</translation>
    </message>
    <message>
        <source>no registry file is configured in this profile</source>
        <translation>in diesem Profil ist keine Registerdatei eingerichtet</translation>
    </message>
    <message>
        <source>there is no registry at %1</source>
        <translation>unter %1 gibt es kein Register</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 is not a Fleetdeck registry (%2)</source>
        <translation>%1 ist kein Fleetdeck-Register (%2)</translation>
    </message>
    <message>
        <source>a tenant with the slug &quot;%1&quot; already exists</source>
        <translation>ein Kunde mit dem Kürzel „%1“ existiert bereits</translation>
    </message>
    <message>
        <source>plan &quot;%1&quot;: %2</source>
        <translation>Tarif „%1“: %2</translation>
    </message>
    <message>
        <source>plan &quot;%1&quot; is listed twice</source>
        <translation>Tarif „%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>tenant &quot;%1&quot;: %2</source>
        <translation>Kunde „%1“: %2</translation>
    </message>
    <message>
        <source>tenant &quot;%1&quot; is listed twice</source>
        <translation>Kunde „%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>these slugs already exist in the registry: %1</source>
        <translation>diese Kürzel gibt es im Register bereits: %1</translation>
    </message>
    <message>
        <source>an alert id has 1 to %1 characters</source>
        <translation>eine Alarm-ID hat 1 bis %1 Zeichen</translation>
    </message>
    <message>
        <source>the note is longer than %1 characters</source>
        <translation>die Notiz ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>a silence must end in the future</source>
        <translation>eine Stummschaltung muss in der Zukunft enden</translation>
    </message>
    <message>
        <source>the note is empty</source>
        <translation>die Notiz ist leer</translation>
    </message>
</context>
<context>
    <name>RevenueCommand</name>
    <message>
        <source>Reads Stripe&apos;s subscriptions, coupons and open invoices and prints the monthly recurring revenue per currency (Stripe&apos;s definition unless a policy says otherwise), the paying clients and what is still due.
With --explain SLUG, shows how that client&apos;s MRR was computed, line by line, to check it against Stripe&apos;s dashboard.</source>
        <translation>Liest die Abonnements, Gutscheine und offenen Rechnungen aus Stripe und gibt den monatlich wiederkehrenden Umsatz je Währung (nach Stripes Definition, sofern keine Regel etwas anderes festlegt), die zahlenden Kunden und die noch ausstehenden Beträge aus.
Mit --explain SLUG wird Zeile für Zeile gezeigt, wie der MRR dieses Kunden berechnet wurde, um ihn mit dem Stripe-Dashboard abzugleichen.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>How this client&apos;s MRR was computed.</source>
        <translation>Wie der MRR dieses Kunden berechnet wurde.</translation>
    </message>
    <message>
        <source>Deduct every active discount (ChartMogul, Baremetrics) instead of forever coupons only (Stripe).</source>
        <translation>Jeden aktiven Rabatt abziehen (ChartMogul, Baremetrics) statt nur dauerhafter Gutscheine (Stripe).</translation>
    </message>
    <message>
        <source>Count a subscription past due for more than DAYS as churned.</source>
        <translation>Ein Abonnement, das seit mehr als DAYS Tagen überfällig ist, als gekündigt zählen.</translation>
    </message>
    <message>
        <source>--drop-past-due-after takes a number of days.</source>
        <translation>--drop-past-due-after erwartet eine Anzahl von Tagen.</translation>
    </message>
    <message>
        <source>Stripe is not set up in this profile: add &quot;upstreams.stripe&quot; with its URL (https://api.stripe.com) and the name of a restricted read-only key, then store the key with &quot;fleetdeck secret set NAME&quot;.</source>
        <translation>Stripe ist in diesem Profil nicht eingerichtet: Fügen Sie „upstreams.stripe“ mit der URL (https://api.stripe.com) und dem Namen eines eingeschränkten Schlüssels mit Lesezugriff hinzu und speichern Sie den Schlüssel dann mit „fleetdeck secret set NAME“.</translation>
    </message>
    <message>
        <source>There is no client with the slug &quot;%1&quot;; see &quot;fleetdeck tenants list&quot;.</source>
        <translation>Es gibt keinen Kunden mit dem Kürzel „%1“; siehe „fleetdeck tenants list“.</translation>
    </message>
    <message>
        <source>MRR: %1</source>
        <translation>MRR: %1</translation>
    </message>
    <message>
        <source>(one amount per currency: they are not added up without exchange rates)</source>
        <translation>(ein Betrag je Währung: Ohne Wechselkurse werden sie nicht addiert)</translation>
    </message>
    <message>
        <source>Paying clients: %1</source>
        <translation>Zahlende Kunden: %1</translation>
    </message>
    <message>
        <source>Open invoices: %1, %2 still due, oldest %3 days</source>
        <translation>Offene Rechnungen: %1, noch ausstehend: %2, die älteste seit %3 Tagen</translation>
    </message>
    <message>
        <source>Paying Stripe customers no client names: %1 (add them to the clients&apos; records)</source>
        <translation>Zahlende Stripe-Kunden, die in keinem Eintrag eines Kunden genannt sind: %1 (tragen Sie sie in den Einträgen der Kunden ein)</translation>
    </message>
    <message>
        <source>Note: this is not a restricted key (rk_…); Fleetdeck only reads, so a read-only restricted key is safer.</source>
        <translation>Hinweis: Dies ist kein eingeschränkter Schlüssel (rk_…); Fleetdeck liest nur, daher ist ein eingeschränkter Schlüssel mit Lesezugriff sicherer.</translation>
    </message>
</context>
<context>
    <name>RevenueReport</name>
    <message>
        <source>Subscription %1 (%2, %3)</source>
        <translation>Abonnement %1 (%2, %3)</translation>
    </message>
    <message>
        <source>    left out: %1</source>
        <translation>    nicht gezählt: %1</translation>
    </message>
    <message>
        <source>    − %1 discount = %2</source>
        <translation>    − %1 Rabatt = %2</translation>
    </message>
    <message>
        <source>  discount %1</source>
        <translation>  Rabatt %1</translation>
    </message>
    <message>
        <source>  MRR: %1</source>
        <translation>  MRR: %1</translation>
    </message>
    <message>
        <source>  MRR: 0 (%1)</source>
        <translation>  MRR: 0 (%1)</translation>
    </message>
    <message>
        <source>No Stripe subscription belongs to %1 (its record names no Stripe customer, or the customer has none).</source>
        <translation>Zu %1 gehört kein Stripe-Abonnement (sein Eintrag nennt keinen Stripe-Kunden, oder der Kunde hat keins).</translation>
    </message>
    <message>
        <source>Total MRR: %1</source>
        <translation>MRR gesamt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 %2: %3 × %4 every %5 = %6 per period ÷ %7 months = %8 a month</source>
        <translation>  %1 %2: %3 × %4 alle %5 = %6 pro Zeitraum ÷ %7 Monate = %8 pro Monat</translation>
    </message>
</context>
<context>
    <name>SecretCommand</name>
    <message>
        <source>Usage: fleetdeck secret set|check|delete NAME
&quot;set&quot; reads the value from standard input (not echoed on a terminal) and stores it in the OS keychain. The value is never printed.</source>
        <translation>Verwendung: fleetdeck secret set|check|delete NAME
„set“ liest den Wert von der Standardeingabe (im Terminal ohne Anzeige) und speichert ihn im Schlüsselbund des Systems. Der Wert wird nie ausgegeben.</translation>
    </message>
    <message>
        <source>Value for &quot;%1&quot;: </source>
        <translation>Wert für „%1“: </translation>
    </message>
    <message>
        <source>Nothing was entered; the keychain was not changed.</source>
        <translation>Nichts eingegeben; der Schlüsselbund wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Stored &quot;%1&quot; in the keychain.</source>
        <translation>„%1“ im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot; from the keychain.</source>
        <translation>„%1“ aus dem Schlüsselbund gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is in the keychain (%n byte(s)).</source>
        <translation>
            <numerusform>&quot;%1&quot; ist im Schlüsselbund (%n Byte).</numerusform>
            <numerusform>&quot;%1&quot; ist im Schlüsselbund (%n Bytes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretError</name>
    <message>
        <source>The secret &quot;%1&quot; is not in the keychain. Enter it in the profile editor, or set %2 for headless use.</source>
        <translation>Das Geheimnis „%1“ ist nicht im Schlüsselbund. Geben Sie es im Profil-Editor ein, oder setzen Sie %2 für den Betrieb ohne Oberfläche.</translation>
    </message>
    <message>
        <source>No keychain (secret service) is available to read &quot;%1&quot; (%2). Unlock or start your desktop keyring, or set %3 for headless use.</source>
        <translation>Kein Schlüsselbund (Secret Service) verfügbar, um „%1“ zu lesen (%2). Entsperren oder starten Sie den Schlüsselbund Ihres Desktops, oder setzen Sie %3 für den Betrieb ohne Oberfläche.</translation>
    </message>
    <message>
        <source>The keychain refused access to &quot;%1&quot; (%2). Unlock the keyring and try again.</source>
        <translation>Der Schlüsselbund hat den Zugriff auf „%1“ verweigert (%2). Entsperren Sie den Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain could not handle &quot;%1&quot;: %2</source>
        <translation>Der Schlüsselbund konnte „%1“ nicht verarbeiten: %2</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>JSON statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>Only this client (its slug).</source>
        <translation>Nur dieser Kunde (sein Kürzel).</translation>
    </message>
    <message>
        <source>Give up on the refresh after SECONDS (default 120).</source>
        <translation>Die Aktualisierung nach SECONDS Sekunden abbrechen (Standard: 120).</translation>
    </message>
    <message>
        <source>The refresh did not finish within %1 s; reporting what is known.</source>
        <translation>Die Aktualisierung wurde nicht innerhalb von %1 s fertig; gemeldet wird der bekannte Stand.</translation>
    </message>
    <message>
        <source>There is no client with the slug &quot;%1&quot;; see &quot;fleetdeck tenants list&quot;.</source>
        <translation>Es gibt keinen Kunden mit dem Kürzel „%1“; siehe „fleetdeck tenants list“.</translation>
    </message>
    <message>
        <source>Checks every client&apos;s health endpoints, Prometheus and Alertmanager once and prints the fleet&apos;s status with its alerts.
Exit code: 0 ok, 1 warning, 2 critical, 3 unknown.</source>
        <translation>Fragt die Prüf-URLs aller Kunden, Prometheus und Alertmanager einmal ab und gibt den Gesamtstatus mit seinen Alarmen aus.
Exit-Code: 0 ok, 1 Warnung, 2 kritisch, 3 unbekannt.</translation>
    </message>
    <message>
        <source>Refreshes once and lists the alerts: firing, pending, acknowledged, silenced and recently resolved.
Exit code: 0 nothing needs attention, 1 a medium alert does, 2 a critical or high one does, 3 unknown.</source>
        <translation>Aktualisiert einmal und listet die Alarme auf: aktiv, ausstehend, bestätigt, stummgeschaltet und kürzlich behoben.
Exit-Code: 0 nichts braucht Aufmerksamkeit, 1 ein mittlerer Alarm braucht sie, 2 ein kritischer oder hoher braucht sie, 3 unbekannt.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>Only this client&apos;s alerts (its slug).</source>
        <translation>Nur die Alarme dieses Kunden (sein Kürzel).</translation>
    </message>
    <message>
        <source>No alerts: nothing is firing or pending.</source>
        <translation>Keine Alarme: Nichts ist aktiv oder ausstehend.</translation>
    </message>
    <message>
        <source>Acknowledges an alert in the registry, so the whole team sees who handles it (&quot;fleetdeck alerts&quot; lists the ids). With --remove, opens it again.</source>
        <translation>Bestätigt einen Alarm im Register, sodass das ganze Team sieht, wer sich darum kümmert („fleetdeck alerts“ listet die IDs). Mit --remove wird er wieder geöffnet.</translation>
    </message>
    <message>
        <source>The alert&apos;s id.</source>
        <translation>Die ID des Alarms.</translation>
    </message>
    <message>
        <source>What is being done about it.</source>
        <translation>Was dagegen getan wird.</translation>
    </message>
    <message>
        <source>Who handles it (default: you, as user@host).</source>
        <translation>Wer sich darum kümmert (Standard: Sie, als user@host).</translation>
    </message>
    <message>
        <source>Remove the acknowledgement or silence instead.</source>
        <translation>Stattdessen die Bestätigung oder Stummschaltung entfernen.</translation>
    </message>
    <message>
        <source>Give exactly one alert id, e.g. &quot;fleetdeck ack endpoint_down:pizza-co --note &apos;on it&apos;&quot;.</source>
        <translation>Geben Sie genau eine Alarm-ID an, z. B. „fleetdeck ack endpoint_down:pizza-co --note &apos;on it&apos;“.</translation>
    </message>
    <message>
        <source>Say what is being done with --note TEXT; the team reads it in the Alerts panel.</source>
        <translation>Geben Sie mit --note TEXT an, was getan wird; das Team liest es im Bereich Alarme.</translation>
    </message>
    <message>
        <source>The registry %1 is read-only for you; ask someone with write access to acknowledge.</source>
        <translation>Das Register %1 ist für Sie schreibgeschützt; bitten Sie jemanden mit Schreibrechten, zu bestätigen.</translation>
    </message>
    <message>
        <source>The alert is open again.</source>
        <translation>Der Alarm ist wieder offen.</translation>
    </message>
    <message>
        <source>Acknowledged %1 for %2.</source>
        <translation>%1 für %2 bestätigt.</translation>
    </message>
</context>
<context>
    <name>StatusReport</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>vor %1 s</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>vor %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>vor %1 h</translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <translation>vor %1 d</translation>
    </message>
    <message>
        <source>expired %1 d ago</source>
        <translation>vor %1 d abgelaufen</translation>
    </message>
    <message>
        <source>in %1 h</source>
        <translation>in %1 h</translation>
    </message>
    <message>
        <source>in %1 d</source>
        <translation>in %1 d</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message>
        <source>no monitored clients: add one with &quot;fleetdeck tenants add&quot;</source>
        <translation>keine überwachten Kunden: Fügen Sie einen mit „fleetdeck tenants add“ hinzu</translation>
    </message>
    <message>
        <source>client &quot;%1&quot; is not monitored (unknown, suspended or churned)</source>
        <translation>Kunde „%1“ wird nicht überwacht (unbekannt, gesperrt oder gekündigt)</translation>
    </message>
    <message>
        <source>no client has been checked yet</source>
        <translation>noch kein Kunde wurde geprüft</translation>
    </message>
    <message>
        <source>%1 down: %2</source>
        <translation>%1 ausgefallen: %2</translation>
    </message>
    <message>
        <source>%1 degraded: %2</source>
        <translation>%1 beeinträchtigt: %2</translation>
    </message>
    <message>
        <source>%1 not checked: %2</source>
        <translation>%1 nicht geprüft: %2</translation>
    </message>
    <message>
        <source>%1 with stale data: %2</source>
        <translation>%1 mit veralteten Daten: %2</translation>
    </message>
    <message>
        <source>%1 with a TLS certificate expiring within %2 days: %3</source>
        <translation>%1 mit TLS-Zertifikat, das innerhalb von %2 Tagen abläuft: %3</translation>
    </message>
    <message>
        <source>%1 failing: %2</source>
        <translation>Fehler bei %1: %2</translation>
    </message>
    <message>
        <source>CLIENT</source>
        <translation>KUNDE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>HEALTH</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>LATENCY</source>
        <translation>LATENZ</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>TLS EXPIRES</source>
        <translation>TLS-ABLAUF</translation>
    </message>
    <message>
        <source>CHECKED</source>
        <translation>GEPRÜFT</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>HINWEIS</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source> (stale)</source>
        <translation> (veraltet)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Fleet status: %1</source>
        <translation>Gesamtstatus: %1</translation>
    </message>
    <message>
        <source>%1 clients monitored: %2 up, %3 degraded, %4 down, %5 unknown; %6 paused (suspended or churned)</source>
        <translation>%1 Kunden überwacht – läuft: %2, beeinträchtigt: %3, ausgefallen: %4, unbekannt: %5; pausiert: %6 (gesperrt oder gekündigt)</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Datenquellen:</translation>
    </message>
    <message>
        <source>last success %1</source>
        <translation>zuletzt erfolgreich %1</translation>
    </message>
    <message>
        <source>never succeeded</source>
        <translation>nie erfolgreich</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) from the last known state need attention</source>
        <translation>
            <numerusform>%n Alarm aus dem letzten bekannten Zustand braucht Aufmerksamkeit</numerusform>
            <numerusform>%n Alarme aus dem letzten bekannten Zustand brauchen Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical or high alert(s) nobody has taken</source>
        <translation>
            <numerusform>%n kritischer oder hoher Alarm, den niemand übernommen hat</numerusform>
            <numerusform>%n kritische oder hohe Alarme, die niemand übernommen hat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medium alert(s) nobody has taken</source>
        <translation>
            <numerusform>%n mittlerer Alarm, den niemand übernommen hat</numerusform>
            <numerusform>%n mittlere Alarme, die niemand übernommen hat</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts:</source>
        <translation>Alarme:</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>unterdrückt</translation>
    </message>
    <message>
        <source>silenced</source>
        <translation>stummgeschaltet</translation>
    </message>
    <message>
        <source>acknowledged by %1</source>
        <translation>bestätigt von %1</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>Fleetdeck could not open the registry: %1</source>
        <translation>Fleetdeck konnte das Register nicht öffnen: %1</translation>
    </message>
    <message>
        <source>This is a read-only (support) connection and the registry needs an upgrade (schema %1, this version of Fleetdeck needs %2): connect once with a writable role to upgrade it.</source>
        <translation>Dies ist eine schreibgeschützte (Support-)Verbindung, und das Register braucht ein Upgrade (Schema %1, diese Fleetdeck-Version braucht %2): Verbinden Sie sich einmal mit einer Rolle mit Schreibrechten, um es zu aktualisieren.</translation>
    </message>
    <message>
        <source>This is a read-only (support) connection: the change was not saved. Ask someone with write access to make it, or connect with a writable role.</source>
        <translation>Dies ist eine schreibgeschützte (Support-)Verbindung: Die Änderung wurde nicht gespeichert. Bitten Sie jemanden mit Schreibrechten darum, oder verbinden Sie sich mit einer Rolle mit Schreibrechten.</translation>
    </message>
    <message>
        <source>The registry was upgraded by a newer Fleetdeck (schema %1, this version knows %2); update Fleetdeck.</source>
        <translation>Das Register wurde von einer neueren Fleetdeck-Version aktualisiert (Schema %1, diese Version kennt %2); aktualisieren Sie Fleetdeck.</translation>
    </message>
    <message>
        <source>Fleetdeck could not upgrade the registry; the failed step was rolled back and the registry is unchanged by it: %1</source>
        <translation>Fleetdeck konnte das Register nicht aktualisieren; der fehlgeschlagene Schritt wurde zurückgenommen und hat das Register nicht verändert: %1</translation>
    </message>
    <message>
        <source>Not found in the registry: %1</source>
        <translation>Nicht im Register gefunden: %1</translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation>Die Änderung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The registry could not complete the request: %1</source>
        <translation>Das Register konnte die Anfrage nicht ausführen: %1</translation>
    </message>
</context>
<context>
    <name>StoreWorker</name>
    <message>
        <source>%1 is not open</source>
        <translation>%1 ist nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>StripeClient</name>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address; Stripe&apos;s is https://api.stripe.com</source>
        <translation>„%1“ ist keine http://- oder https://-Adresse; die von Stripe lautet https://api.stripe.com</translation>
    </message>
    <message>
        <source>no API key is stored; store a restricted read-only key (rk_…) in the profile</source>
        <translation>kein API-Schlüssel gespeichert; hinterlegen Sie im Profil einen eingeschränkten Schlüssel (rk_…) mit Lesezugriff</translation>
    </message>
</context>
<context>
    <name>Tenant</name>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>churned</source>
        <translation>gekündigt</translation>
    </message>
</context>
<context>
    <name>TenantImport</name>
    <message>
        <source>status &quot;%1&quot; is unknown (use active, suspended or churned)</source>
        <translation>Status „%1“ ist unbekannt (verwenden Sie active, suspended oder churned)</translation>
    </message>
    <message>
        <source>slug &quot;%1&quot; appears twice in the file (first on row %2)</source>
        <translation>Kürzel „%1“ kommt in der Datei doppelt vor (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>slug &quot;%1&quot; appears twice in the file (first in tenant %2)</source>
        <translation>Kürzel „%1“ kommt in der Datei doppelt vor (zuerst bei Kunde %2)</translation>
    </message>
    <message>
        <source>slug &quot;%1&quot; already exists in the registry</source>
        <translation>Kürzel „%1“ gibt es im Register bereits</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>tenant %1: %2</source>
        <translation>Kunde %1: %2</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation>Zeile %1: Ein Feld in Anführungszeichen wird nicht geschlossen</translation>
    </message>
    <message>
        <source>line %1: unexpected text after a closing quote</source>
        <translation>Zeile %1: unerwarteter Text nach einem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <source>the file has no header row</source>
        <translation>die Datei hat keine Kopfzeile</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>line %1: unknown column(s) %2 (known: %3)</source>
        <translation>Zeile %1: unbekannte Spalte(n) %2 (bekannt: %3)</translation>
    </message>
    <message>
        <source>; the file seems to use &apos;;&apos; between columns, Fleetdeck expects &apos;,&apos;</source>
        <translation>; die Datei scheint &apos;;&apos; zwischen den Spalten zu verwenden, Fleetdeck erwartet &apos;,&apos;</translation>
    </message>
    <message>
        <source>line %1: column(s) %2 appear more than once</source>
        <translation>Zeile %1: Spalte(n) %2 kommen mehrfach vor</translation>
    </message>
    <message>
        <source>line %1: the header has no &quot;%2&quot; column</source>
        <translation>Zeile %1: Der Kopfzeile fehlt die Spalte „%2“</translation>
    </message>
    <message>
        <source>has %1 fields, the header has %2</source>
        <translation>hat %1 Felder, die Kopfzeile hat %2</translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation>%1 muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>ist kein Objekt</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>unbekanntes Feld &quot;%1&quot;</translation>
    </message>
    <message>
        <source>endpoints must be an object</source>
        <translation>endpoints muss ein Objekt sein</translation>
    </message>
    <message>
        <source>unknown endpoint &quot;%1&quot;</source>
        <translation>unbekannter Endpunkt &quot;%1&quot;</translation>
    </message>
    <message>
        <source>every health URL must be a string</source>
        <translation>jede Prüf-URL muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>health must be a string or an array of strings</source>
        <translation>health muss eine Zeichenkette oder ein Array von Zeichenketten sein</translation>
    </message>
    <message>
        <source>&quot;plans&quot; must be an array</source>
        <translation>&quot;plans&quot; muss ein Array sein</translation>
    </message>
    <message>
        <source>plan %1: is not an object</source>
        <translation>Tarif %1: ist kein Objekt</translation>
    </message>
    <message>
        <source>amountMinor must be a whole number of minor units (cents)</source>
        <translation>amountMinor muss eine ganze Zahl in der kleinsten Währungseinheit (Cent) sein</translation>
    </message>
    <message>
        <source>amountMinor is missing</source>
        <translation>amountMinor fehlt</translation>
    </message>
    <message>
        <source>intervalCount must be a whole number of at least 1</source>
        <translation>intervalCount muss eine ganze Zahl von mindestens 1 sein</translation>
    </message>
    <message>
        <source>code &quot;%1&quot; is listed twice</source>
        <translation>Code „%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>plan %1: %2</source>
        <translation>Tarif %1: %2</translation>
    </message>
    <message>
        <source>the file nests arrays or objects more than %1 levels deep</source>
        <translation>die Datei verschachtelt Arrays oder Objekte tiefer als %1 Ebenen</translation>
    </message>
    <message>
        <source>the file is not valid JSON</source>
        <translation>die Datei ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>unknown top-level key(s) %1 (known: plans, tenants)</source>
        <translation>unbekannte(r) Schlüssel auf oberster Ebene: %1 (bekannt: plans, tenants)</translation>
    </message>
    <message>
        <source>the file has neither &quot;tenants&quot; nor &quot;plans&quot;</source>
        <translation>die Datei enthält weder &quot;tenants&quot; noch &quot;plans&quot;</translation>
    </message>
    <message>
        <source>the file must hold an array of tenants or an object with &quot;tenants&quot;</source>
        <translation>die Datei muss ein Array von Kunden oder ein Objekt mit &quot;tenants&quot; enthalten</translation>
    </message>
    <message>
        <source>&quot;tenants&quot; must be an array</source>
        <translation>&quot;tenants&quot; muss ein Array sein</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>die Datei ist größer als %1 MB</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the file is not text (it contains NUL bytes)</source>
        <translation>die Datei ist kein Text (sie enthält NUL-Bytes)</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it as UTF-8 and try again</source>
        <translation>die Datei ist kein UTF-8-Text; speichern Sie sie als UTF-8 und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the file could not be read (%1)</source>
        <translation>die Datei konnte nicht gelesen werden (%1)</translation>
    </message>
</context>
<context>
    <name>TenantReport</name>
    <message>
        <source>not monitored (%1)</source>
        <translation>nicht überwacht (%1)</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Tarif:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Health:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Stale:</source>
        <translation>Veraltet:</translation>
    </message>
    <message>
        <source>Latency:</source>
        <translation>Latenz:</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>TLS certificate:</source>
        <translation>TLS-Zertifikat:</translation>
    </message>
    <message>
        <source>Endpoints:</source>
        <translation>Endpunkte:</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Mautic</source>
        <translation>Mautic</translation>
    </message>
    <message>
        <source>Evolution instance</source>
        <translation>Evolution-Instanz</translation>
    </message>
    <message>
        <source>n8n tag</source>
        <translation>n8n-Tag</translation>
    </message>
    <message>
        <source>Stripe customer</source>
        <translation>Stripe-Kunde</translation>
    </message>
    <message>
        <source>GHL location</source>
        <translation>GHL-Standort</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Kontakt:</translation>
    </message>
    <message>
        <source>Fleetdeck %1, %2 UTC</source>
        <translation>Fleetdeck %1, %2 UTC</translation>
    </message>
</context>
<context>
    <name>TenantsCommand</name>
    <message>
        <source>Type the client&apos;s slug (%1) to confirm: </source>
        <translation>Geben Sie zur Bestätigung das Kürzel des Kunden (%1) ein: </translation>
    </message>
    <message>
        <source>Lists the clients in the registry.</source>
        <translation>Listet die Kunden im Register auf.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>CLIENT</source>
        <translation>KUNDE</translation>
    </message>
    <message>
        <source>SLUG</source>
        <translation>KÜRZEL</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>TARIF</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>HEALTH URL</source>
        <translation>PRÜF-URL</translation>
    </message>
    <message>
        <source>Shows one client: its details, endpoints and audit history.</source>
        <translation>Zeigt einen Kunden: Details, Endpunkte und Änderungsverlauf.</translation>
    </message>
    <message>
        <source>The client&apos;s slug.</source>
        <translation>Das Kürzel des Kunden.</translation>
    </message>
    <message>
        <source>Usage: fleetdeck tenants show SLUG</source>
        <translation>Verwendung: fleetdeck tenants show SLUG</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Tarif:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Kontakt:</translation>
    </message>
    <message>
        <source>Client since:</source>
        <translation>Kunde seit:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>Endpoints:</source>
        <translation>Endpunkte:</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Verlauf:</translation>
    </message>
    <message>
        <source>Adds a client to the registry.</source>
        <translation>Fügt einen Kunden zum Register hinzu.</translation>
    </message>
    <message>
        <source>Short id: lower-case letters, digits, dashes.</source>
        <translation>Kurze Kennung: Kleinbuchstaben, Ziffern, Bindestriche.</translation>
    </message>
    <message>
        <source>The client&apos;s name.</source>
        <translation>Der Name des Kunden.</translation>
    </message>
    <message>
        <source>Plan code (see the registry&apos;s plans).</source>
        <translation>Tarifcode (siehe die Tarife im Register).</translation>
    </message>
    <message>
        <source>active (default), suspended or churned.</source>
        <translation>active (Standard), suspended oder churned.</translation>
    </message>
    <message>
        <source>Contact (e-mail or phone).</source>
        <translation>Kontakt (E-Mail oder Telefon).</translation>
    </message>
    <message>
        <source>Free notes.</source>
        <translation>Freie Notizen.</translation>
    </message>
    <message>
        <source>Health URL to probe (repeatable).</source>
        <translation>Abzufragende Prüf-URL (mehrfach möglich).</translation>
    </message>
    <message>
        <source>Server/host label the client runs on.</source>
        <translation>Bezeichnung des Servers/Hosts, auf dem der Kunde läuft.</translation>
    </message>
    <message>
        <source>The client&apos;s Mautic URL.</source>
        <translation>Die Mautic-URL des Kunden.</translation>
    </message>
    <message>
        <source>Evolution API instance name.</source>
        <translation>Name der Evolution API-Instanz.</translation>
    </message>
    <message>
        <source>n8n workflow tag.</source>
        <translation>n8n-Workflow-Tag.</translation>
    </message>
    <message>
        <source>Stripe customer id (cus_…).</source>
        <translation>Stripe-Kunden-ID (cus_…).</translation>
    </message>
    <message>
        <source>GoHighLevel location id.</source>
        <translation>GoHighLevel-Standort-ID.</translation>
    </message>
    <message>
        <source>Both --slug and --name are required.</source>
        <translation>--slug und --name sind beide erforderlich.</translation>
    </message>
    <message>
        <source>--status must be active, suspended or churned.</source>
        <translation>--status muss active, suspended oder churned sein.</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>%1 (%2) hinzugefügt.</translation>
    </message>
    <message>
        <source>Imports clients from a CSV or JSON file. Every rejected row is reported with its reason; accepted rows are written together or not at all.</source>
        <translation>Importiert Kunden aus einer CSV- oder JSON-Datei. Jede abgelehnte Zeile wird mit Grund gemeldet; angenommene Zeilen werden gemeinsam oder gar nicht geschrieben.</translation>
    </message>
    <message>
        <source>Only check the file; write nothing.</source>
        <translation>Nur die Datei prüfen; nichts schreiben.</translation>
    </message>
    <message>
        <source>CSV or JSON file.</source>
        <translation>CSV- oder JSON-Datei.</translation>
    </message>
    <message>
        <source>Usage: fleetdeck tenants import FILE [--dry-run]</source>
        <translation>Verwendung: fleetdeck tenants import FILE [--dry-run]</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MiB; split it into smaller files.</source>
        <translation>%1 ist größer als 64 MiB; teilen Sie die Datei in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>%1 row(s) would be imported, %2 rejected. Nothing was written (--dry-run).</source>
        <translation>%1 Zeile(n) würden importiert, %2 abgelehnt. Es wurde nichts geschrieben (--dry-run).</translation>
    </message>
    <message>
        <source>Imported %1 client(s); %2 row(s) rejected.</source>
        <translation>%1 Kunde(n) importiert; %2 Zeile(n) abgelehnt.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Nicht nach Bestätigung fragen.</translation>
    </message>
    <message>
        <source>Usage: fleetdeck tenants %1 SLUG [--yes]</source>
        <translation>Verwendung: fleetdeck tenants %1 SLUG [--yes]</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <source>Suspended %1; it is no longer probed.</source>
        <translation>%1 gesperrt; wird nicht mehr geprüft.</translation>
    </message>
    <message>
        <source>Reactivated %1.</source>
        <translation>%1 reaktiviert.</translation>
    </message>
    <message>
        <source>Usage: fleetdeck tenants list|show SLUG|add|import FILE|suspend SLUG|reactivate SLUG|remove SLUG [--demo | --profile NAME | --profile-file FILE]</source>
        <translation>Verwendung: fleetdeck tenants list|show SLUG|add|import FILE|suspend SLUG|reactivate SLUG|remove SLUG [--demo | --profile NAME | --profile-file FILE]</translation>
    </message>
    <message>
        <source>Not confirmed. To remove &quot;%1&quot; without a prompt, add --yes.</source>
        <translation>Nicht bestätigt. Um „%1“ ohne Rückfrage zu entfernen, fügen Sie --yes hinzu.</translation>
    </message>
    <message>
        <source>Not confirmed. To suspend &quot;%1&quot; without a prompt, add --yes.</source>
        <translation>Nicht bestätigt. Um „%1“ ohne Rückfrage zu sperren, fügen Sie --yes hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n Kunde</numerusform>
            <numerusform>%n Kunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TenantsPanel</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>UpstreamCheck</name>
    <message>
        <source>Warning: the server runs with Evolution&apos;s well-known default key (BQYHJGJHJ), so anyone who can reach it can control it. Set AUTHENTICATION_API_KEY on the server and store the new key here.</source>
        <translation>Warnung: Der Server läuft mit dem allgemein bekannten Standardschlüssel von Evolution (BQYHJGJHJ), sodass ihn jeder steuern kann, der ihn erreicht. Setzen Sie AUTHENTICATION_API_KEY auf dem Server und hinterlegen Sie den neuen Schlüssel hier.</translation>
    </message>
    <message>
        <source>Warning: this is a full-access secret key (sk_…). A restricted key (rk_…) with read access is safer for Fleetdeck.</source>
        <translation>Warnung: Dies ist ein Secret Key mit Vollzugriff (sk_…). Ein eingeschränkter Schlüssel (rk_…) mit Lesezugriff ist für Fleetdeck sicherer.</translation>
    </message>
    <message>
        <source>no URL is set; enter the address of the service</source>
        <translation>keine URL angegeben; geben Sie die Adresse des Dienstes ein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address</source>
        <translation>„%1“ ist keine http://- oder https://-Adresse</translation>
    </message>
    <message>
        <source>the client&apos;s Mautic address &quot;%1&quot; is not an http:// or https:// address</source>
        <translation>die Mautic-Adresse „%1“ des Kunden ist keine http://- oder https://-Adresse</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a client slug nor a Mautic address (https://…)</source>
        <translation>„%1“ ist weder ein Kundenkürzel noch eine Mautic-Adresse (https://…)</translation>
    </message>
    <message>
        <source>unknown upstream &quot;%1&quot; (known: %2)</source>
        <translation>unbekannter Dienst &quot;%1&quot; (bekannt: %2)</translation>
    </message>
    <message>
        <source>no user and password were given; enter them as user:password</source>
        <translation>weder Benutzer noch Passwort angegeben; geben Sie sie als user:password ein</translation>
    </message>
    <message>
        <source>no key was given; enter the API key</source>
        <translation>kein Schlüssel angegeben; geben Sie den API-Schlüssel ein</translation>
    </message>
    <message>
        <source>the Mautic secret must be a Mautic user and password written as user:password</source>
        <translation>das Mautic-Geheimnis muss ein Mautic-Benutzer mit Passwort im Format user:password sein</translation>
    </message>
    <message>
        <source>Evolution API at %1 accepted the global API key.</source>
        <translation>Evolution API unter %1 hat den globalen API-Schlüssel akzeptiert.</translation>
    </message>
    <message>
        <source>Evolution API %1 at %2 accepted the global API key.</source>
        <translation>Evolution API %1 unter %2 hat den globalen API-Schlüssel akzeptiert.</translation>
    </message>
    <message>
        <source>n8n at %1 accepted the API key.</source>
        <translation>n8n unter %1 hat den API-Schlüssel akzeptiert.</translation>
    </message>
    <message>
        <source>Stripe at %1 accepted the key.</source>
        <translation>Stripe unter %1 hat den Schlüssel akzeptiert.</translation>
    </message>
    <message>
        <source>It is a test-mode key, so Fleetdeck will show test data, not live billing.</source>
        <translation>Es ist ein Schlüssel für den Testmodus; Fleetdeck zeigt daher Testdaten, keine echten Abrechnungsdaten.</translation>
    </message>
    <message>
        <source>Prometheus answered at %1.</source>
        <translation>Prometheus hat unter %1 geantwortet.</translation>
    </message>
    <message>
        <source>Prometheus %1 answered at %2.</source>
        <translation>Prometheus %1 hat unter %2 geantwortet.</translation>
    </message>
    <message>
        <source>Alertmanager answered at %1.</source>
        <translation>Alertmanager hat unter %1 geantwortet.</translation>
    </message>
    <message>
        <source>Alertmanager %1 answered at %2.</source>
        <translation>Alertmanager %1 hat unter %2 geantwortet.</translation>
    </message>
    <message>
        <source>Mautic at %1 accepted the user and password.</source>
        <translation>Mautic unter %1 hat Benutzer und Passwort akzeptiert.</translation>
    </message>
    <message>
        <source>it refused the request (HTTP 403). Switch on the API and &quot;HTTP basic auth&quot; in Mautic&apos;s Configuration → API Settings, and check the user&apos;s role</source>
        <translation>die Anfrage wurde abgelehnt (HTTP 403). Aktivieren Sie in Mautic unter Configuration → API Settings die API und „HTTP basic auth“, und prüfen Sie die Rolle des Benutzers</translation>
    </message>
    <message numerus="yes">
        <source>Mautic at %1 accepted the user and password; it holds %n contact(s).</source>
        <translation>
            <numerusform>Mautic unter %1 hat Benutzer und Passwort akzeptiert; es enthält %n Kontakt.</numerusform>
            <numerusform>Mautic unter %1 hat Benutzer und Passwort akzeptiert; es enthält %n Kontakte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhatsApp</name>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>Verknüpfung</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>logged out from the phone</source>
        <translation>am Telefon abgemeldet</translation>
    </message>
    <message>
        <source>refused by WhatsApp (number banned or restricted?)</source>
        <translation>von WhatsApp abgelehnt (Nummer gesperrt oder eingeschränkt?)</translation>
    </message>
    <message>
        <source>refused by WhatsApp (session not accepted)</source>
        <translation>von WhatsApp abgelehnt (Sitzung nicht akzeptiert)</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>Verbindung verloren</translation>
    </message>
    <message>
        <source>multi-device mismatch</source>
        <translation>Multi-Device-Konflikt</translation>
    </message>
    <message>
        <source>connection closed</source>
        <translation>Verbindung geschlossen</translation>
    </message>
    <message>
        <source>replaced by another session</source>
        <translation>durch eine andere Sitzung ersetzt</translation>
    </message>
    <message>
        <source>bad session</source>
        <translation>fehlerhafte Sitzung</translation>
    </message>
    <message>
        <source>WhatsApp unavailable</source>
        <translation>WhatsApp nicht verfügbar</translation>
    </message>
    <message>
        <source>restart required</source>
        <translation>Neustart erforderlich</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>Code %1</translation>
    </message>
</context>
<context>
    <name>WhatsAppCommand</name>
    <message>
        <source>Evolution API is not set up in this profile: add its URL and the name of its key (&quot;upstreams.evolution&quot;), then store the key with &quot;fleetdeck secret set NAME&quot;.</source>
        <translation>Evolution API ist in diesem Profil nicht eingerichtet: Fügen Sie die URL und den Namen des Schlüssels hinzu (&quot;upstreams.evolution&quot;) und speichern Sie den Schlüssel dann mit „fleetdeck secret set NAME“.</translation>
    </message>
    <message>
        <source>Lists the WhatsApp instances of Evolution API with their clients, live state, phone number, profile name and stored counts.</source>
        <translation>Listet die WhatsApp-Instanzen von Evolution API auf, mit Kunde, aktuellem Zustand, Telefonnummer, Profilname und Anzahl der gespeicherten Nachrichten, Kontakte und Chats.</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>JSON statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>CLIENT</source>
        <translation>KUNDE</translation>
    </message>
    <message>
        <source>INSTANCE</source>
        <translation>INSTANZ</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>TELEFON</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFIL</translation>
    </message>
    <message>
        <source>MESSAGES</source>
        <translation>NACHRICHTEN</translation>
    </message>
    <message>
        <source>CONTACTS</source>
        <translation>KONTAKTE</translation>
    </message>
    <message>
        <source>CHATS</source>
        <translation>CHATS</translation>
    </message>
    <message>
        <source>LAST DISCONNECTION</source>
        <translation>LETZTE TRENNUNG</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>Funktionslos</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>(nicht zugeordnet)</translation>
    </message>
    <message>
        <source>the server sent no code to draw</source>
        <translation>der Server hat keinen darstellbaren Code gesendet</translation>
    </message>
    <message>
        <source>Pairs a WhatsApp number with an Evolution instance without the window: prints each QR code (or writes it to --png FILE as it rotates) until the phone has scanned it.
Exit code: 0 connected, 1 not connected (the reason is printed), 64 bad usage.</source>
        <translation>Verknüpft eine WhatsApp-Nummer ohne Fenster mit einer Evolution-Instanz: Gibt jeden QR-Code aus (oder schreibt ihn bei jedem Wechsel nach --png FILE), bis das Telefon ihn gescannt hat.
Exit-Code: 0 verbunden, 1 nicht verbunden (der Grund wird ausgegeben), 64 falsche Verwendung.</translation>
    </message>
    <message>
        <source>The Evolution instance&apos;s name.</source>
        <translation>Der Name der Evolution-Instanz.</translation>
    </message>
    <message>
        <source>Write the current QR code to FILE (replaced as it rotates).</source>
        <translation>Den aktuellen QR-Code in FILE schreiben (wird bei jedem Wechsel ersetzt).</translation>
    </message>
    <message>
        <source>Pair with an 8-character code typed on this phone (digits with country code) instead of a QR code.</source>
        <translation>Statt mit einem QR-Code mit einem Code aus 8 Zeichen verknüpfen, der auf diesem Telefon eingegeben wird (Ziffern mit Ländervorwahl).</translation>
    </message>
    <message>
        <source>Give up after SECONDS (default 300).</source>
        <translation>Nach SECONDS Sekunden abbrechen (Standard: 300).</translation>
    </message>
    <message>
        <source>Give exactly one instance name, e.g. &quot;fleetdeck whatsapp pair tenant-acme --png qr.png&quot;.</source>
        <translation>Geben Sie genau einen Instanznamen an, z. B. „fleetdeck whatsapp pair tenant-acme --png qr.png“.</translation>
    </message>
    <message>
        <source>the code was not scanned</source>
        <translation>der Code wurde nicht gescannt</translation>
    </message>
    <message>
        <source>WhatsApp issued no code</source>
        <translation>WhatsApp hat keinen Code ausgegeben</translation>
    </message>
    <message>
        <source>Not connected within %1 s: %2</source>
        <translation>Nicht innerhalb von %1 s verbunden: %2</translation>
    </message>
    <message>
        <source>Waiting for WhatsApp to issue a code…</source>
        <translation>Warte darauf, dass WhatsApp einen Code ausgibt…</translation>
    </message>
    <message>
        <source>Pairing code: %1 (WhatsApp → Linked devices → Link with phone number)</source>
        <translation>Verknüpfungscode: %1 (WhatsApp → Verknüpfte Geräte → Mit Telefonnummer verknüpfen)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>QR code %1 of %2 written to %3; scan it with WhatsApp → Linked devices → Link a device.</source>
        <translation>QR-Code %1 von %2 nach %3 geschrieben; scannen Sie ihn mit WhatsApp → Verknüpfte Geräte → Gerät hinzufügen.</translation>
    </message>
    <message>
        <source>QR code %1 of %2; scan it with WhatsApp → Linked devices → Link a device.</source>
        <translation>QR-Code %1 von %2; scannen Sie ihn mit WhatsApp → Verknüpfte Geräte → Gerät hinzufügen.</translation>
    </message>
    <message>
        <source>an unknown number</source>
        <translation>eine unbekannte Nummer</translation>
    </message>
    <message>
        <source>Connected: %1.</source>
        <translation>Verbunden: %1.</translation>
    </message>
    <message>
        <source>Connected: %1 (%2).</source>
        <translation>Verbunden: %1 (%2).</translation>
    </message>
    <message>
        <source>Usage: fleetdeck whatsapp list [--json] | pair INSTANCE [--png FILE] [--number PHONE] [--timeout SECONDS]</source>
        <translation>Verwendung: fleetdeck whatsapp list [--json] | pair INSTANCE [--png FILE] [--number PHONE] [--timeout SECONDS]</translation>
    </message>
    <message>
        <source>Evolution API has no instances yet; create one in its manager, then name it in the client&apos;s record.</source>
        <translation>Evolution API hat noch keine Instanzen; legen Sie eine in seinem Manager an und tragen Sie sie dann im Datensatz des Kunden ein.</translation>
    </message>
</context>
<context>
    <name>WhatsAppMonitor</name>
    <message>
        <source>Evolution API</source>
        <translation>Evolution API</translation>
    </message>
</context>
</TS>
