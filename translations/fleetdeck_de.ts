<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiError</name>
    <message>
        <source>The server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be reached (%2). Check that the service is running and that this computer is online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time. It may be overloaded; Fleetdeck keeps the last known data and will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed the secure-connection check: %2. Renew or fix the certificate, or add its CA to the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2: the credential was refused. Store a valid key for this upstream in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is rate-limiting Fleetdeck (HTTP %2); it asked to wait %3 s. Fleetdeck will slow down and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is rate-limiting Fleetdeck (HTTP %2). Fleetdeck will slow down and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent an answer Fleetdeck could not read (%2). The last good data is kept; check the service&apos;s version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent an answer larger than the limit (%2); it was dropped to protect memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to send a credential to %1 over plain http://. Use https://, or set &quot;allowInsecureHttp&quot;: true in the profile if this network is trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not configured correctly: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Use a simulated platform started in-process (nothing real is touched).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the saved profile NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the profile in FILE (JSON, no secrets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of simulated clients with --demo (default 40).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of --demo, --profile and --profile-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: fleetdeck [--demo | --profile NAME | --profile-file FILE] [--panel NAME] [--tenant SLUG] [--lang CODE] [--screenshot FILE]
       fleetdeck &lt;command&gt; [options]

Without a command Fleetdeck opens its window.

Commands:
  status      Check every client once and print the fleet&apos;s status (exit 0 ok, 1 warning, 2 critical, 3 unknown)
  tenants     List, add, import, suspend, reactivate or remove clients in the registry
  profiles    List, import, show, choose or remove saved connection profiles
  secret      Store, check or delete a secret in the OS keychain

Common options: --demo | --profile NAME | --profile-file FILE
Run &quot;fleetdeck &lt;command&gt; --help&quot; for a command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the profile file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile file %1 is larger than 4 MiB; it is not a profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile is not a JSON object; see &quot;Profile file&quot; in README.md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile files must not hold secrets (found &quot;%1&quot;). Store the value in the keychain and name it with &quot;secret&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;registry&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;health&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;tls&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;upstreams&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown upstream &quot;%1&quot; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;upstreams.%1&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile needs a &quot;name&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;registry.driver&quot; must be &quot;sqlite&quot; or &quot;postgres&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PostgreSQL registry needs &quot;registry.database&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PostgreSQL registry needs &quot;registry.user&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;upstreams.%1.url&quot; must be an http:// or https:// address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;tls.caPem&quot; holds no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &quot;tls.caFile&quot; %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;tls.caFile&quot; %1 holds no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>the SQLite driver for Qt is missing (install libqt6sql6-sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PostgreSQL driver for Qt is missing (install libqt6sql6-psql)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FleetState</name>
    <message>
        <source>not checked for more than %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last known state from the local cache</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fleetdeck::AuditLogModel</name>
    <message>
        <source>Client added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client reactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client marked churned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fleetdeck::AuditPanel</name>
    <message>
        <source>Filter by person, action, client or detail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change made to the registry, by whom and when. Kept in the registry, so the whole team sees the same history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fleetdeck::CheckResultLabel</name>
    <message>
        <source>Waiting for the answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed with a warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fleetdeck::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a client or an action: &quot;open pizza&quot;, &quot;suspend joe&quot;, &quot;refresh&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑↓ to choose · Enter to run · Esc to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fleetdeck::ConfirmDialog</name>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fleetdeck::ImportDialog</name>
    <message>
        <source>No file chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV with a header row (slug, name, status, plan, contact, notes, health, mautic, evolution_instance, n8n_tag, stripe_customer, ghl_location, host) or JSON. Nothing is written until you press Import; then all accepted rows are written together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client lists (*.csv *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) ready to import.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ready to import; %2 rejected (see why under Rejected). Fix the file and choose it again, or import the accepted ones now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n client(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fleetdeck::MainWindow</name>
    <message>
        <source>Fleetdeck — demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleetdeck — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: a simulated platform; nothing real is touched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing… %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile: which platform Fleetdeck watches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo (simulated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every client now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search clients (Ctrl+F) · Ctrl+K for everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import clients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command &amp;palette…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data &amp;sources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suspend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy status report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+K  command palette: open, suspend, edit… any client
Ctrl+F  find a client · Enter opens the first match
Ctrl+1 / 2 / 3  Overview / Clients / Audit log
F5 or Ctrl+R  refresh now
Ctrl+N  new client · Ctrl+I  import clients · Ctrl+E  edit
Delete  remove the selected client (asks first)
Ctrl+Shift+C  copy the client&apos;s status report
Ctrl+,  preferences · Ctrl+Q  quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Fleetdeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Fleetdeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleetdeck %1
One place to see and act on the whole platform: health, clients and their history.
Licensed under the GNU GPL, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry: %1 · read-only (support)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection may only read: adding, editing and removing clients is disabled. Ask someone with write access, or connect with a writable role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing cached data from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not refreshed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some data is old or a source is failing. Click for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to see every data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last success %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source has been asked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy status report of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show clients that need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import clients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleetdeck keeps watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleetdeck is still checking your clients from the tray. Quit it from the tray menu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fleetdeck::OverviewPanel</name>
    <message>
        <source>Fleet status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slowest endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates expiring soonest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the clients that need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the client list sorted by latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the client list sorted by certificate expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every data source and its last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clients yet. Add one under Clients (Ctrl+N) or import a list (Ctrl+I).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 clients monitored, %2 paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n down</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n degraded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All %1 up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 up · %2 degraded · %3 down · %4 unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency appears after the first check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency over the last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HTTPS endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failing</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fleetdeck::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time Fleetdeck starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleetdeck then goes on watching the fleet and notifying you; quit it from the tray menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify me when a client&apos;s site is &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the client&apos;s &amp;name from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspending or removing a client whose plan costs at least this much asks you to type the client&apos;s name first. 0 asks for every client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan price in %1 per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify me when a client&apos;s site is de&amp;graded (slow)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fleetdeck::ProfileEditorDialog</name>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile says which services Fleetdeck watches and where. It holds no keys: those go to the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allow keys over plain http:// to other computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleetdeck sends API keys and passwords only over https://, or over http:// to this computer. Anyone on the way can read a key sent over plain http://, so allow it only on a network you trust completely, such as a VPN or a private network between your servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: only the system&apos;s certificate authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PEM file with the certificate authority of self-hosted services that use a private CA. The system&apos;s authorities stay trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile also carries certificates of its own (imported with it); they are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry lists your clients, their plans and the audit log. A SQLite file suits one person; the platform&apos;s PostgreSQL lets the whole team, and read-only support staff, share it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite file on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain &amp;entry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the registry and report its schema and whether it can be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleetdeck asks every client&apos;s site whether it is up, and calls it degraded when the answer is slow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Degraded above:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down af&amp;ter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parallel checks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A site that takes longer than &quot;Down after&quot; to answer counts as down. More parallel checks finish a large fleet sooner but load this computer&apos;s network more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp numbers of every client. The global API key is AUTHENTICATION_API_KEY in the Evolution API server&apos;s environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automations and their executions. Create an API key in n8n under Settings → n8n API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriptions, invoices and revenue. Prefer a restricted key (rk_…) with read access to the full-access secret key (sk_…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime, latency and certificate expiry from the exporters. Leave the token empty unless a proxy in front of Prometheus asks for one (a bearer token, or user:password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firing alerts and silences. Leave the token empty unless a proxy in front of Alertmanager asks for one (a bearer token, or user:password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every client has its own Mautic. Fleetdeck signs in as a Mautic user: switch on the API and HTTP basic auth in Mautic&apos;s API settings. The URL is where the clients&apos; Mautic instances live; the test asks one client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Watch %1 in this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (%1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the keychain entry that holds the key; empty uses the name shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain e&amp;ntry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a client&apos;s slug (e.g. acme) or its Mautic address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test a&amp;gainst client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask %1 once with this URL and key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit profile “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the keychain — type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user:password — not stored yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stored yet — type the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional — only when a proxy asks for one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stored yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This section has a problem to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the PostgreSQL database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the PostgreSQL user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an http:// or https:// address, for example %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named “%1” exists already; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the full path of the file, or leave the field empty for the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the Mautic user and password as user:password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not saved: fix the %n marked field(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extra CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1: read-only, schema version %2. Fleetdeck can show the clients but not change them over this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1: read-write, schema version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There was no registry there, so an empty one was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:&amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fleetdeck::Session</name>
    <message>
        <source>The demo simulator could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo profile is invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile is configured. Try &quot;fleetdeck status --demo&quot;, or import one with &quot;fleetdeck profiles import FILE&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot; and no profile at all. Import one with &quot;fleetdeck profiles import FILE&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot; (known: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache %1 cannot be used (%2); Fleetdeck works without history this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeding the demo registry failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry password could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. There is no cached client list to fall back on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. The cached client list is unusable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Showing the client list cached %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry is not open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fleetdeck::TenantEditorDialog</name>
    <message>
        <source>Add client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 per %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Pizza Co</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower-case letters, digits and dashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail or phone of the person to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One URL per line, e.g. https://pizzaco.example/health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server the client runs on, e.g. srv-2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://mautic.pizzaco.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cus_…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Health URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;ost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mautic URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evolution instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n8n ta&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;ripe customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GHL &amp;location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slug identifies the client everywhere; it cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the client a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slug &quot;%1&quot; is not valid: use lower-case letters, digits and dashes (at most 63).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fleetdeck::TenantTableModel</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked recently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fleetdeck::TenantsPanel</name>
    <message>
        <source>&amp;Add client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy status report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, slug, plan, host, URL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a client to the registry (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import clients from a CSV or JSON file, with a preview first (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a Markdown summary of this client for a support ticket (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy status report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a read-only (support) connection to the registry: changes are made by someone with write access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clients in the registry yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clients yet.
Add one with Ctrl+N, or import a list with Ctrl+I.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client matches these filters.
Clear the search (Esc) or choose &quot;Any health&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a client to see everything Fleetdeck knows about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not monitored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mautic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evolution instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n8n tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GHL location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No health URL: add one (Edit) so Fleetdeck can check this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will no longer be checked and is shown as paused. Its data stays; you can reactivate it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivated %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and its endpoints will be removed from the registry. The audit log keeps a record of the removal. This cannot be undone from Fleetdeck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n client(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the status report of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fleetdeck::TrayIcon</name>
    <message>
        <source>Fleetdeck — no clients monitored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleetdeck — all %1 clients up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleetdeck — %1 down, %2 degraded, %3 up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 clients went down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 clients are degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Fleetdeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Fleetdeck</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>Fleetdeck: the platform&apos;s operations console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this panel: overview, tenants or audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this client (its slug).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: de, es, pt_BR, en (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the window as PNG once the first refresh is painted, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No display found (DISPLAY and WAYLAND_DISPLAY are empty): showing the fleet&apos;s status here instead. Run &quot;fleetdeck --help&quot; for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Fleetdeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleetdeck has no profile yet: it does not know which platform to watch.

Try the demo (a simulated platform with 40 clients), or set up a profile with your services&apos; addresses and keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleetdeck cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthProbe</name>
    <message>
        <source>Health check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the health page is larger than 1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad health URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slow: %1 ms (limit %2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalCache</name>
    <message>
        <source>The local cache %1 was written by a newer Fleetdeck. It was moved to %2 and a fresh cache was started; history fills again from the next refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache %1 was damaged. It was moved to %2 and a fresh cache was started; history fills again from the next refresh.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesCommand</name>
    <message>
        <source>No saved profiles. Import one with &quot;fleetdeck profiles import FILE&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profile &quot;%1&quot;. Store its secrets with &quot;fleetdeck secret set NAME&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now the active profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed profile &quot;%1&quot; (its secrets stay in the keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: fleetdeck profiles list | import FILE | show NAME | use NAME | remove NAME</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordValidator</name>
    <message>
        <source>slug is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slug &quot;%1&quot; is not valid (use 1 to 63 lower-case letters, digits and dashes, starting with a letter or digit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name contains control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan &quot;%1&quot; is unknown (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes are longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health URL &quot;%1&quot; is not a valid http:// or https:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; contains spaces or control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan code is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan code &quot;%1&quot; is not valid (letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, up to 64 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan name is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency &quot;%1&quot; is not a three-letter ISO code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interval &quot;%1&quot; is unknown (use day, week, month or year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interval count must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none defined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefreshScheduler</name>
    <message>
        <source>Health checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No health endpoint answered (%1 tried; first error: %2). This computer may be offline or the sites&apos; network is down; showing the last known state.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>there is no tenant with the slug &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no registry file is configured in this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no registry at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Fleetdeck registry (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tenant with the slug &quot;%1&quot; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan &quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant &quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>these slugs already exist in the registry: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretCommand</name>
    <message>
        <source>Usage: fleetdeck secret set|check|delete NAME
&quot;set&quot; reads the value from standard input (not echoed on a terminal) and stores it in the OS keychain. The value is never printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value for &quot;%1&quot;: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was entered; the keychain was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored &quot;%1&quot; in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot; from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretError</name>
    <message>
        <source>The secret &quot;%1&quot; is not in the keychain. Enter it in the profile editor, or set %2 for headless use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain (secret service) is available to read &quot;%1&quot; (%2). Unlock or start your desktop keyring, or set %3 for headless use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access to &quot;%1&quot; (%2). Unlock the keyring and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not handle &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Checks every client&apos;s health endpoints once and prints the fleet&apos;s status.
Exit code: 0 ok, 1 warning, 2 critical, 3 unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this client (its slug).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up on the refresh after SECONDS (default 120).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh did not finish within %1 s; reporting what is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no client with the slug &quot;%1&quot;; see &quot;fleetdeck tenants list&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusReport</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1 d ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no monitored clients: add one with &quot;fleetdeck tenants add&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client &quot;%1&quot; is not monitored (unknown, suspended or churned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no client has been checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 down: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 degraded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not checked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with stale data: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with a TLS certificate expiring within %2 days: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLIENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEALTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LATENCY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS EXPIRES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHECKED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (stale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleet status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 clients monitored: %2 up, %3 degraded, %4 down, %5 unknown; %6 paused (suspended or churned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last success %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never succeeded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>Fleetdeck could not open the registry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a read-only (support) connection and the registry needs an upgrade (schema %1, this version of Fleetdeck needs %2): connect once with a writable role to upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a read-only (support) connection: the change was not saved. Ask someone with write access to make it, or connect with a writable role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry was upgraded by a newer Fleetdeck (schema %1, this version knows %2); update Fleetdeck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleetdeck could not upgrade the registry; the failed step was rolled back and the registry is unchanged by it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found in the registry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry could not complete the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreWorker</name>
    <message>
        <source>%1 is not open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tenant</name>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>churned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TenantImport</name>
    <message>
        <source>status &quot;%1&quot; is unknown (use active, suspended or churned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slug &quot;%1&quot; appears twice in the file (first on row %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slug &quot;%1&quot; appears twice in the file (first in tenant %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slug &quot;%1&quot; already exists in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: unexpected text after a closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: unknown column(s) %2 (known: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the file seems to use &apos;;&apos; between columns, Fleetdeck expects &apos;,&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: column(s) %2 appear more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the header has no &quot;%2&quot; column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has %1 fields, the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoints must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown endpoint &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every health URL must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health must be a string or an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;plans&quot; must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan %1: is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amountMinor must be a whole number of minor units (cents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amountMinor is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intervalCount must be a whole number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code &quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file nests arrays or objects more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown top-level key(s) %1 (known: plans, tenants)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has neither &quot;tenants&quot; nor &quot;plans&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file must hold an array of tenants or an object with &quot;tenants&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;tenants&quot; must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not text (it contains NUL bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it as UTF-8 and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TenantReport</name>
    <message>
        <source>not monitored (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mautic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evolution instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n8n tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GHL location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleetdeck %1, %2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TenantsCommand</name>
    <message>
        <source>Type the client&apos;s slug (%1) to confirm: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the clients in the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLIENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLUG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEALTH URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows one client: its details, endpoints and audit history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s slug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: fleetdeck tenants show SLUG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a client to the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short id: lower-case letters, digits, dashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan code (see the registry&apos;s plans).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active (default), suspended or churned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact (e-mail or phone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health URL to probe (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server/host label the client runs on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s Mautic URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evolution API instance name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n8n workflow tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe customer id (cus_…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GoHighLevel location id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both --slug and --name are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status must be active, suspended or churned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports clients from a CSV or JSON file. Every rejected row is reported with its reason; accepted rows are written together or not at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only check the file; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV or JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: fleetdeck tenants import FILE [--dry-run]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 64 MiB; split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row(s) would be imported, %2 rejected. Nothing was written (--dry-run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 client(s); %2 row(s) rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: fleetdeck tenants %1 SLUG [--yes]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed. To %1 &quot;%2&quot; without a prompt, add --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended %1; it is no longer probed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivated %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: fleetdeck tenants list|show SLUG|add|import FILE|suspend SLUG|reactivate SLUG|remove SLUG [--demo | --profile NAME | --profile-file FILE]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TenantsPanel</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpstreamCheck</name>
    <message>
        <source>Warning: the server runs with Evolution&apos;s well-known default key (BQYHJGJHJ), so anyone who can reach it can control it. Set AUTHENTICATION_API_KEY on the server and store the new key here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: this is a full-access secret key (sk_…). A restricted key (rk_…) with read access is safer for Fleetdeck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no URL is set; enter the address of the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client&apos;s Mautic address &quot;%1&quot; is not an http:// or https:// address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a client slug nor a Mautic address (https://…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown upstream &quot;%1&quot; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no user and password were given; enter them as user:password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key was given; enter the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Mautic secret must be a Mautic user and password written as user:password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evolution API at %1 accepted the global API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evolution API %1 at %2 accepted the global API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n8n at %1 accepted the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe at %1 accepted the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a test-mode key, so Fleetdeck will show test data, not live billing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus answered at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus %1 answered at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alertmanager answered at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alertmanager %1 answered at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mautic at %1 accepted the user and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it refused the request (HTTP 403). Switch on the API and &quot;HTTP basic auth&quot; in Mautic&apos;s Configuration → API Settings, and check the user&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
