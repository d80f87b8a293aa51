<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AlertEngine</name>
    <message numerus="yes">
        <source>Host %1 is down; %n client(s) run on it</source>
        <translation>
            <numerusform>Host %1 is down; %n client runs on it</numerusform>
            <numerusform>Host %1 is down; %n clients run on it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TLS certificate of %1 expires in %n day(s)</source>
        <translation>
            <numerusform>The TLS certificate of %1 expires in %n day</numerusform>
            <numerusform>The TLS certificate of %1 expires in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>WhatsApp of %1 is in a reconnect loop: %n state change(s) in 10 minutes</source>
        <translation>
            <numerusform>WhatsApp of %1 is in a reconnect loop: %n state change in 10 minutes</numerusform>
            <numerusform>WhatsApp of %1 is in a reconnect loop: %n state changes in 10 minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fleetdeck::AlertTableModel</name>
    <message numerus="yes">
        <source>Monthly recurring revenue of the %n clients affected</source>
        <translation>
            <numerusform>Monthly recurring revenue of the client affected</numerusform>
            <numerusform>Monthly recurring revenue of the %n clients affected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fleetdeck::AlertsPanel</name>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n acknowledged</source>
        <translation>
            <numerusform>%n acknowledged</numerusform>
            <numerusform>%n acknowledged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n silenced or suppressed</source>
        <translation>
            <numerusform>%n silenced or suppressed</numerusform>
            <numerusform>%n silenced or suppressed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fleetdeck checks %n client(s) every %1 s</source>
        <translation>
            <numerusform>Fleetdeck checks %n client every %1 s</numerusform>
            <numerusform>Fleetdeck checks %n clients every %1 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n alert(s)</source>
        <translation>
            <numerusform>%1 of %n alert</numerusform>
            <numerusform>%1 of %n alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>platform · %n client(s) depend on it</source>
        <translation>
            <numerusform>platform · %n client depends on it</numerusform>
            <numerusform>platform · %n clients depend on it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 MRR of %n client(s)</source>
        <translation>
            <numerusform>%1 MRR of %n client</numerusform>
            <numerusform>%1 MRR of %n clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fleetdeck::AuditPanel</name>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fleetdeck::HealthPanel</name>
    <message numerus="yes">
        <source>%n stored samples in this window, drawn as %1 points</source>
        <translation>
            <numerusform>%n stored sample in this window, drawn as %1 points</numerusform>
            <numerusform>%n stored samples in this window, drawn as %1 points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fleetdeck::HealthTableModel</name>
    <message numerus="yes">
        <source>%1 available over the last %2, from %n stored samples of Fleetdeck&apos;s own checks, hourly rollups. Up and degraded samples count as available.</source>
        <translation>
            <numerusform>%1 available over the last %2, from %n stored sample of Fleetdeck&apos;s own checks, hourly rollups. Up and degraded samples count as available.</numerusform>
            <numerusform>%1 available over the last %2, from %n stored samples of Fleetdeck&apos;s own checks, hourly rollups. Up and degraded samples count as available.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fleetdeck::ImportDialog</name>
    <message numerus="yes">
        <source>%n client(s) ready to import.</source>
        <translation>
            <numerusform>%n client ready to import.</numerusform>
            <numerusform>%n clients ready to import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n client(s)</source>
        <translation>
            <numerusform>&amp;Import %n client</numerusform>
            <numerusform>&amp;Import %n clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fleetdeck::OverviewPanel</name>
    <message numerus="yes">
        <source>%n down</source>
        <translation>
            <numerusform>%n down</numerusform>
            <numerusform>%n down</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n degraded</source>
        <translation>
            <numerusform>%n degraded</numerusform>
            <numerusform>%n degraded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failing</source>
        <translation>
            <numerusform>%n failing</numerusform>
            <numerusform>%n failing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connected</source>
        <translation>
            <numerusform>%n connected</numerusform>
            <numerusform>%n connected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disconnected</source>
        <translation>
            <numerusform>%n disconnected</numerusform>
            <numerusform>%n disconnected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fleetdeck::ProfileEditorDialog</name>
    <message numerus="yes">
        <source>Not saved: fix the %n marked field(s).</source>
        <translation>
            <numerusform>Not saved: fix the %n marked field.</numerusform>
            <numerusform>Not saved: fix the %n marked fields.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fleetdeck::TenantEditorDialog</name>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fleetdeck::TenantsPanel</name>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n client(s).</source>
        <translation>
            <numerusform>Imported %n client.</numerusform>
            <numerusform>Imported %n clients.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fleetdeck::TrayIcon</name>
    <message numerus="yes">
        <source>%n alert(s) need attention</source>
        <translation>
            <numerusform>%n alert needs attention</numerusform>
            <numerusform>%n alerts need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mute notifications about %1 for %n hour(s)</source>
        <translation>
            <numerusform>Mute notifications about %1 for %n hour</numerusform>
            <numerusform>Mute notifications about %1 for %n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fleetdeck::WhatsAppPanel</name>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n instance</numerusform>
            <numerusform>%n instances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln connected</source>
        <translation>
            <numerusform>%Ln connected</numerusform>
            <numerusform>%Ln connected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting</source>
        <translation>
            <numerusform>%Ln waiting</numerusform>
            <numerusform>%Ln waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln disconnected</source>
        <translation>
            <numerusform>%Ln disconnected</numerusform>
            <numerusform>%Ln disconnected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not assigned to a client</source>
        <translation>
            <numerusform>%Ln not assigned to a client</numerusform>
            <numerusform>%Ln not assigned to a client</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fleetdeck::WhatsAppTableModel</name>
    <message numerus="yes">
        <source>%n state change(s) in the last 10 minutes</source>
        <translation>
            <numerusform>%n state change in the last 10 minutes</numerusform>
            <numerusform>%n state changes in the last 10 minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlatformMonitor</name>
    <message numerus="yes">
        <source>%1 in %n database(s), %2 connections</source>
        <translation>
            <numerusform>%1 in %n database, %2 connections</numerusform>
            <numerusform>%1 in %n databases, %2 connections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n target(s) up</source>
        <translation>
            <numerusform>%1 of %n target up</numerusform>
            <numerusform>%1 of %n targets up</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevenueReport</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretCommand</name>
    <message numerus="yes">
        <source>&quot;%1&quot; is in the keychain (%n byte(s)).</source>
        <translation>
            <numerusform>&quot;%1&quot; is in the keychain (%n byte).</numerusform>
            <numerusform>&quot;%1&quot; is in the keychain (%n bytes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusReport</name>
    <message numerus="yes">
        <source>%n alert(s) from the last known state need attention</source>
        <translation>
            <numerusform>%n alert from the last known state needs attention</numerusform>
            <numerusform>%n alerts from the last known state need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical or high alert(s) nobody has taken</source>
        <translation>
            <numerusform>%n critical or high alert nobody has taken</numerusform>
            <numerusform>%n critical or high alerts nobody has taken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medium alert(s) nobody has taken</source>
        <translation>
            <numerusform>%n medium alert nobody has taken</numerusform>
            <numerusform>%n medium alerts nobody has taken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TenantsCommand</name>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpstreamCheck</name>
    <message numerus="yes">
        <source>Mautic at %1 accepted the user and password; it holds %n contact(s).</source>
        <translation>
            <numerusform>Mautic at %1 accepted the user and password; it holds %n contact.</numerusform>
            <numerusform>Mautic at %1 accepted the user and password; it holds %n contacts.</numerusform>
        </translation>
    </message>
</context>
</TS>
