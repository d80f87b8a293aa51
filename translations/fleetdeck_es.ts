<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Alert</name>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>firing</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resuelta</translation>
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
        <translation>%1 está caído</translation>
    </message>
    <message>
        <source>%1 is down: %2</source>
        <translation>%1 está caído: %2</translation>
    </message>
    <message numerus="yes">
        <source>Host %1 is down; %n client(s) run on it</source>
        <translation>
            <numerusform>El host %1 está caído; %n cliente funciona en él</numerusform>
            <numerusform>El host %1 está caído; %n clientes funcionan en él</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answers slowly: %2 s (limit %3 s)</source>
        <translation>%1 responde lentamente: %2 s (límite %3 s)</translation>
    </message>
    <message>
        <source>The disk of %1 is %2 % full (limit %3 %)</source>
        <translation>El disco de %1 está al %2 % (límite %3 %)</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 has expired</source>
        <translation>El certificado TLS de %1 ha caducado</translation>
    </message>
    <message numerus="yes">
        <source>The TLS certificate of %1 expires in %n day(s)</source>
        <translation>
            <numerusform>El certificado TLS de %1 caduca en %n día</numerusform>
            <numerusform>El certificado TLS de %1 caduca en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>The last backup of %1 is %2 old (expected every %3)</source>
        <translation>La última copia de seguridad de %1 tiene %2 de antigüedad (se espera cada %3)</translation>
    </message>
    <message>
        <source>%1 cannot be reached</source>
        <translation>No se puede acceder a %1</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>No se puede acceder a %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 is %3 (threshold %4)</source>
        <translation>%1: %2 es %3 (umbral %4)</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>%1 — %2 MRR at stake</source>
        <translation>%1 — %2 de MRR en juego</translation>
    </message>
    <message>
        <source>Pending (%1): %2</source>
        <translation>Pendiente (%1): %2</translation>
    </message>
    <message>
        <source>Cleared before it fired: %1</source>
        <translation>Se despejó antes de activarse: %1</translation>
    </message>
    <message>
        <source>Fired (%1): %2</source>
        <translation>Activada (%1): %2</translation>
    </message>
    <message>
        <source>Escalated from %1 to %2: %3</source>
        <translation>Escalada de %1 a %2: %3</translation>
    </message>
    <message>
        <source>Eased from %1 to %2: %3</source>
        <translation>Rebajada de %1 a %2: %3</translation>
    </message>
    <message>
        <source>Still firing after %1 (%2): %3</source>
        <translation>Sigue activa tras %1 (%2): %3</translation>
    </message>
    <message>
        <source>Resolved after %1: %2</source>
        <translation>Resuelta tras %1: %2</translation>
    </message>
    <message>
        <source>Closed without a notice (no longer monitored, or its rule is off): %1</source>
        <translation>Cerrada sin aviso (ya no se supervisa o su regla está desactivada): %1</translation>
    </message>
    <message>
        <source>Suppressed, %1: %2</source>
        <translation>Suprimida, %1: %2</translation>
    </message>
    <message>
        <source>No longer suppressed: %1</source>
        <translation>Ya no está suprimida: %1</translation>
    </message>
    <message>
        <source>Acknowledged, %1 handles it: %2</source>
        <translation>Confirmada, %1 se encarga: %2</translation>
    </message>
    <message>
        <source>Acknowledged, %1 handles it (%2): %3</source>
        <translation>Confirmada, %1 se encarga (%2): %3</translation>
    </message>
    <message>
        <source>No longer acknowledged: %1</source>
        <translation>Ya no está confirmada: %1</translation>
    </message>
    <message>
        <source>Silenced in Alertmanager: %1</source>
        <translation>Silenciada en Alertmanager: %1</translation>
    </message>
    <message>
        <source>Silenced until %1 by %2: %3</source>
        <translation>Silenciada hasta %1 por %2: %3</translation>
    </message>
    <message>
        <source>Silence over: %1</source>
        <translation>Fin del silencio: %1</translation>
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
        <translation>suprimida porque %1 está caído</translation>
    </message>
    <message>
        <source>WhatsApp of %1 is disconnected</source>
        <translation>El WhatsApp de %1 está desconectado</translation>
    </message>
    <message>
        <source>WhatsApp of %1 is disconnected: %2</source>
        <translation>El WhatsApp de %1 está desconectado: %2</translation>
    </message>
    <message numerus="yes">
        <source>WhatsApp of %1 is in a reconnect loop: %n state change(s) in 10 minutes</source>
        <translation>
            <numerusform>El WhatsApp de %1 está en un bucle de reconexión: %n cambio de estado en 10 minutos</numerusform>
            <numerusform>El WhatsApp de %1 está en un bucle de reconexión: %n cambios de estado en 10 minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>WhatsApp of %1 says it is connected but cannot send (Connection Closed)</source>
        <translation>El WhatsApp de %1 dice estar conectado, pero no puede enviar (Connection Closed)</translation>
    </message>
</context>
<context>
    <name>AlertRule</name>
    <message>
        <source>the rule id &quot;%1&quot; must be 1–64 lower-case letters, digits or underscores</source>
        <translation>el id de regla &quot;%1&quot; debe tener de 1 a 64 letras minúsculas, dígitos o guiones bajos</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; has no threshold</source>
        <translation>la regla &quot;%1&quot; no tiene umbral</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot;: thresholds must go from the lowest severity to the highest, one per severity</source>
        <translation>regla &quot;%1&quot;: los umbrales deben ir de la gravedad más baja a la más alta, uno por gravedad</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot;: a threshold is not a number</source>
        <translation>regla &quot;%1&quot;: un umbral no es un número</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot;: it takes at least one sample to fire and one to resolve</source>
        <translation>regla &quot;%1&quot;: hace falta al menos una muestra para activarse y una para resolverse</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot;: durations cannot be negative</source>
        <translation>regla &quot;%1&quot;: las duraciones no pueden ser negativas</translation>
    </message>
</context>
<context>
    <name>AlertRuleSet</name>
    <message>
        <source>alert rules: %1</source>
        <translation>reglas de alerta: %1</translation>
    </message>
    <message>
        <source>a rule is not an object</source>
        <translation>una regla no es un objeto</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; has an unknown comparison or measure</source>
        <translation>la regla &quot;%1&quot; tiene una comparación o medida desconocida</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; has an unreadable threshold</source>
        <translation>la regla &quot;%1&quot; tiene un umbral ilegible</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; is listed twice</source>
        <translation>la regla &quot;%1&quot; aparece dos veces</translation>
    </message>
    <message>
        <source>%1 (for %2)</source>
        <translation>%1 (durante %2)</translation>
    </message>
    <message>
        <source>alert rules: not readable (%1)</source>
        <translation>reglas de alerta: no se pueden leer (%1)</translation>
    </message>
    <message>
        <source>alert rules: unknown format version %1</source>
        <translation>reglas de alerta: versión de formato desconocida %1</translation>
    </message>
</context>
<context>
    <name>AlertService</name>
    <message>
        <source>The registry is not open, so acknowledgements cannot be shared. Check the registry in the profile.</source>
        <translation>El registro no está abierto, así que las confirmaciones no se pueden compartir. Revisar el registro en el perfil.</translation>
    </message>
    <message>
        <source>Silenced from Fleetdeck</source>
        <translation>Silenciada desde Fleetdeck</translation>
    </message>
</context>
<context>
    <name>AlertSeverity</name>
    <message>
        <source>low</source>
        <translation>baja</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>media</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>crítica</translation>
    </message>
</context>
<context>
    <name>AlertmanagerClient</name>
    <message>
        <source>no URL is set; enter the address of Alertmanager</source>
        <translation>no hay ninguna URL; introducir la dirección de Alertmanager</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address</source>
        <translation>&quot;%1&quot; no es una dirección http:// o https://</translation>
    </message>
    <message>
        <source>a silence needs at least one matcher</source>
        <translation>un silencio necesita al menos un matcher</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid label name</source>
        <translation>&quot;%1&quot; no es un nombre de etiqueta válido</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid regular expression</source>
        <translation>&quot;%1&quot; no es una expresión regular válida</translation>
    </message>
    <message>
        <source>at least one matcher must not match an empty value, or it would silence everything</source>
        <translation>al menos un matcher no debe coincidir con un valor vacío; si no, lo silenciaría todo</translation>
    </message>
    <message>
        <source>a silence needs a start and an end time</source>
        <translation>un silencio necesita una hora de inicio y una de fin</translation>
    </message>
    <message>
        <source>the silence must start before it ends</source>
        <translation>el silencio debe empezar antes de terminar</translation>
    </message>
    <message>
        <source>the silence would end in the past</source>
        <translation>el silencio terminaría en el pasado</translation>
    </message>
    <message>
        <source>say who creates the silence</source>
        <translation>indicar quién crea el silencio</translation>
    </message>
    <message>
        <source>say why the alerts are silenced (a comment)</source>
        <translation>indicar por qué se silencian las alertas (un comentario)</translation>
    </message>
    <message>
        <source>no silence id was given</source>
        <translation>no se indicó ningún id de silencio</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server</source>
        <translation>El servidor</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 could not be reached (%2). Check that the service is running and that this computer is online.</source>
        <translation>%1 no está accesible (%2). Comprobar que el servicio esté en marcha y que este equipo tenga conexión.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. It may be overloaded; Fleetdeck keeps the last known data and will try again.</source>
        <translation>%1 no respondió a tiempo. Puede que haya sobrecarga; Fleetdeck conserva los últimos datos conocidos y volverá a intentarlo.</translation>
    </message>
    <message>
        <source>%1 failed the secure-connection check: %2. Renew or fix the certificate, or add its CA to the profile.</source>
        <translation>%1 no superó la comprobación de conexión segura: %2. Renovar o corregir el certificado, o añadir su CA al perfil.</translation>
    </message>
    <message>
        <source>%1 answered %2: %3</source>
        <translation>%1 respondió con el código %2: %3</translation>
    </message>
    <message>
        <source>%1 answered %2: the credential was refused. Store a valid key for this upstream in the profile.</source>
        <translation>%1 respondió con el código %2: se rechazó la credencial. Guardar en el perfil una clave válida para este servicio.</translation>
    </message>
    <message>
        <source>%1 is rate-limiting Fleetdeck (HTTP %2); it asked to wait %3 s. Fleetdeck will slow down and retry.</source>
        <translation>%1 está limitando las peticiones de Fleetdeck (HTTP %2) y pidió esperar %3 s. Fleetdeck irá más despacio y volverá a intentarlo.</translation>
    </message>
    <message>
        <source>%1 is rate-limiting Fleetdeck (HTTP %2). Fleetdeck will slow down and retry.</source>
        <translation>%1 está limitando las peticiones de Fleetdeck (HTTP %2). Fleetdeck irá más despacio y volverá a intentarlo.</translation>
    </message>
    <message>
        <source>%1 sent an answer Fleetdeck could not read (%2). The last good data is kept; check the service&apos;s version.</source>
        <translation>%1 envió una respuesta que Fleetdeck no pudo leer (%2). Se conservan los últimos datos válidos; comprobar la versión del servicio.</translation>
    </message>
    <message>
        <source>%1 sent an answer larger than the limit (%2); it was dropped to protect memory.</source>
        <translation>%1 envió una respuesta mayor que el límite (%2); se descartó para proteger la memoria.</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation>%1: se canceló la petición.</translation>
    </message>
    <message>
        <source>Refused to send a credential to %1 over plain http://. Use https://, or set &quot;allowInsecureHttp&quot;: true in the profile if this network is trusted.</source>
        <translation>%1: no se envió la credencial por http:// sin cifrar. Usar https:// o, si esta red es de confianza, poner &quot;allowInsecureHttp&quot;: true en el perfil.</translation>
    </message>
    <message>
        <source>%1 is not configured correctly: %2</source>
        <translation>%1 no tiene una configuración correcta: %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Use a simulated platform started in-process (nothing real is touched).</source>
        <translation>Usar una plataforma simulada dentro del propio proceso (no se toca nada real).</translation>
    </message>
    <message>
        <source>Use the saved profile NAME.</source>
        <translation>Usar el perfil guardado NAME.</translation>
    </message>
    <message>
        <source>Use the profile in FILE (JSON, no secrets).</source>
        <translation>Usar el perfil del archivo FILE (JSON, sin secretos).</translation>
    </message>
    <message>
        <source>Number of simulated clients with --demo (default 40).</source>
        <translation>Número de clientes simulados con --demo (predeterminado: 40).</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for usage.</source>
        <translation>Ejecutar &quot;%1 --help&quot; para ver cómo se usa.</translation>
    </message>
    <message>
        <source>Choose one of --demo, --profile and --profile-file.</source>
        <translation>Elegir solo una de estas opciones: --demo, --profile o --profile-file.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando desconocido: &quot;%1&quot;.</translation>
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
        <translation>Uso: fleetdeck [--demo | --profile NAME | --profile-file FILE] [--panel NAME] [--tenant SLUG] [--lang CODE] [--screenshot FILE]
     fleetdeck &lt;command&gt; [options]

Sin comando, Fleetdeck abre su ventana.

Comandos:
  status      Comprueba una vez todos los clientes y muestra el estado de la flota (salida 0 ok, 1 aviso, 2 crítico, 3 desconocido)
  alerts      Comprueba una vez y lista las alertas (activas, pendientes, confirmadas, silenciadas, resueltas)
  ack         Confirma una alerta con una nota, en el registro que comparte el equipo
  revenue     Muestra el MRR por moneda según Stripe, los clientes que pagan y las facturas abiertas; --explain SLUG muestra el cálculo
  whatsapp    Lista las instancias de WhatsApp o vincula una con un teléfono (código QR o código de vinculación)
  tenants     Lista, añade, importa, suspende, reactiva o elimina clientes del registro
  profiles    Lista, importa, muestra, elige o elimina perfiles de conexión guardados
  secret      Guarda, comprueba o elimina un secreto en el llavero del sistema

Opciones comunes: --demo | --profile NAME | --profile-file FILE
Ejecutar &quot;fleetdeck &lt;command&gt; --help&quot; para ver las opciones de un comando.
</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>must be a string</source>
        <translation>debe ser un texto</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>debe estar entre %1 y %2</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2</source>
        <translation>&quot;%1&quot; %2</translation>
    </message>
    <message>
        <source>Cannot read the profile file %1: %2</source>
        <translation>No se puede leer el archivo de perfil %1: %2</translation>
    </message>
    <message>
        <source>The profile file %1 is larger than 4 MiB; it is not a profile.</source>
        <translation>El archivo de perfil %1 ocupa más de 4 MiB; no es un perfil.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the profile is not a JSON object; see &quot;Profile file&quot; in README.md</source>
        <translation>el perfil no es un objeto JSON; consultar &quot;Profile file&quot; en README.md</translation>
    </message>
    <message>
        <source>profile files must not hold secrets (found &quot;%1&quot;). Store the value in the keychain and name it with &quot;secret&quot;.</source>
        <translation>los archivos de perfil no deben contener secretos (se encontró &quot;%1&quot;). Guardar el valor en el llavero e indicar su nombre con &quot;secret&quot;.</translation>
    </message>
    <message>
        <source>&quot;registry&quot; must be an object</source>
        <translation>&quot;registry&quot; debe ser un objeto</translation>
    </message>
    <message>
        <source>&quot;health&quot; must be an object</source>
        <translation>&quot;health&quot; debe ser un objeto</translation>
    </message>
    <message>
        <source>&quot;tls&quot; must be an object</source>
        <translation>&quot;tls&quot; debe ser un objeto</translation>
    </message>
    <message>
        <source>&quot;upstreams&quot; must be an object</source>
        <translation>&quot;upstreams&quot; debe ser un objeto</translation>
    </message>
    <message>
        <source>unknown upstream &quot;%1&quot; (known: %2)</source>
        <translation>servicio desconocido &quot;%1&quot; (conocidos: %2)</translation>
    </message>
    <message>
        <source>&quot;upstreams.%1&quot; must be an object</source>
        <translation>&quot;upstreams.%1&quot; debe ser un objeto</translation>
    </message>
    <message>
        <source>the profile needs a &quot;name&quot;</source>
        <translation>el perfil necesita un &quot;name&quot;</translation>
    </message>
    <message>
        <source>&quot;registry.driver&quot; must be &quot;sqlite&quot; or &quot;postgres&quot;, not &quot;%1&quot;</source>
        <translation>&quot;registry.driver&quot; debe ser &quot;sqlite&quot; o &quot;postgres&quot;, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a PostgreSQL registry needs &quot;registry.database&quot;</source>
        <translation>un registro PostgreSQL necesita &quot;registry.database&quot;</translation>
    </message>
    <message>
        <source>a PostgreSQL registry needs &quot;registry.user&quot;</source>
        <translation>un registro PostgreSQL necesita &quot;registry.user&quot;</translation>
    </message>
    <message>
        <source>&quot;upstreams.%1.url&quot; must be an http:// or https:// address</source>
        <translation>&quot;upstreams.%1.url&quot; debe ser una dirección http:// o https://</translation>
    </message>
    <message>
        <source>&quot;tls.caPem&quot; holds no PEM certificate</source>
        <translation>&quot;tls.caPem&quot; no contiene ningún certificado PEM</translation>
    </message>
    <message>
        <source>cannot read &quot;tls.caFile&quot; %1: %2</source>
        <translation>no se puede leer &quot;tls.caFile&quot; %1: %2</translation>
    </message>
    <message>
        <source>&quot;tls.caFile&quot; %1 holds no PEM certificate</source>
        <translation>&quot;tls.caFile&quot; %1 no contiene ningún certificado PEM</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>the SQLite driver for Qt is missing (install libqt6sql6-sqlite)</source>
        <translation>falta el controlador SQLite de Qt (instalar libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>the PostgreSQL driver for Qt is missing (install libqt6sql6-psql)</source>
        <translation>falta el controlador PostgreSQL de Qt (instalar libqt6sql6-psql)</translation>
    </message>
</context>
<context>
    <name>EvolutionClient</name>
    <message>
        <source>no URL is set; enter the address of the Evolution API server</source>
        <translation>no hay ninguna URL; introducir la dirección del servidor de Evolution API</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address</source>
        <translation>&quot;%1&quot; no es una dirección http:// o https://</translation>
    </message>
    <message>
        <source>no API key is stored; store the server&apos;s global API key in the profile</source>
        <translation>no hay ninguna clave de API guardada; guardar en el perfil la clave de API global del servidor</translation>
    </message>
    <message>
        <source>the new instance needs a name</source>
        <translation>la nueva instancia necesita un nombre</translation>
    </message>
    <message>
        <source>enter the number with its country code, digits only (e.g. 5511988887777)</source>
        <translation>escribir el número con el prefijo del país, solo dígitos (p. ej. 5511988887777)</translation>
    </message>
</context>
<context>
    <name>FleetState</name>
    <message>
        <source>not checked for more than %1 s</source>
        <translation>sin comprobar desde hace más de %1 s</translation>
    </message>
    <message>
        <source>last known state from the local cache</source>
        <translation>último estado conocido, de la caché local</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::AlertAcknowledgeDialog</name>
    <message>
        <source>Acknowledge alert</source>
        <translation>Confirmar alerta</translation>
    </message>
    <message>
        <source>The owner handles it: Fleetdeck stops reminding anyone about this alert unless it gets worse. Every console connected to the registry sees who took it.</source>
        <translation>El responsable se encarga: Fleetdeck deja de recordar esta alerta a todos salvo que empeore. Cada consola conectada al registro ve quién la tomó.</translation>
    </message>
    <message>
        <source>who handles it, e.g. ana@office</source>
        <translation>quién se encarga, p. ej. ana@office</translation>
    </message>
    <message>
        <source>Optional: what you are doing about it, e.g. &quot;restarting the container&quot;</source>
        <translation>Opcional: qué se está haciendo, p. ej. &quot;reiniciando el contenedor&quot;</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Acknowledging…</source>
        <translation>Confirmando…</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>Say who handles the alert, so the team knows whom to ask.</source>
        <translation>Indicar quién se encarga de la alerta, para que el equipo sepa a quién preguntar.</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::AlertHistoryModel</name>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>cleared before firing</source>
        <translation>despejada antes de activarse</translation>
    </message>
    <message>
        <source>fired</source>
        <translation>activada</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>escalada</translation>
    </message>
    <message>
        <source>de-escalated</source>
        <translation>rebajada</translation>
    </message>
    <message>
        <source>reminder</source>
        <translation>recordatorio</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resuelta</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>suprimida</translation>
    </message>
    <message>
        <source>no longer suppressed</source>
        <translation>ya no suprimida</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>confirmada</translation>
    </message>
    <message>
        <source>un-acknowledged</source>
        <translation>confirmación retirada</translation>
    </message>
    <message>
        <source>silenced</source>
        <translation>silenciada</translation>
    </message>
    <message>
        <source>silence ended</source>
        <translation>silencio terminado</translation>
    </message>
    <message>
        <source>Alertmanager alert</source>
        <translation>Alerta de Alertmanager</translation>
    </message>
    <message>
        <source>server %1</source>
        <translation>servidor %1</translation>
    </message>
    <message>
        <source>data source %1</source>
        <translation>fuente de datos %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::AlertNoteDialog</name>
    <message>
        <source>Add a note</source>
        <translation>Añadir una nota</translation>
    </message>
    <message>
        <source>Notes are kept in the registry with your name and the time; everyone who opens this alert reads them.</source>
        <translation>Las notas se guardan en el registro con su nombre y la hora; todos los que abren esta alerta las leen.</translation>
    </message>
    <message>
        <source>e.g. &quot;Client told by phone; restart planned at 18:00&quot;</source>
        <translation>p. ej. &quot;Cliente avisado por teléfono; reinicio previsto a las 18:00&quot;</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Añadiendo…</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Escribir primero la nota.</translation>
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
        <translation> días</translation>
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
        <translation>si no es accesible</translation>
    </message>
    <message>
        <source>when down</source>
        <translation>si está caído</translation>
    </message>
    <message>
        <source>A client&apos;s health endpoint does not answer.</source>
        <translation>Un endpoint de comprobación de un cliente no responde.</translation>
    </message>
    <message>
        <source>A client&apos;s slowest health endpoint takes longer than this to answer.</source>
        <translation>El endpoint de comprobación más lento de un cliente tarda más que esto en responder.</translation>
    </message>
    <message>
        <source>A disk of a server or component is at least this full.</source>
        <translation>Un disco de un servidor o componente está al menos así de lleno.</translation>
    </message>
    <message>
        <source>A TLS certificate expires in fewer days than this (0 = it has expired).</source>
        <translation>Un certificado TLS caduca en menos días que estos (0 = ha caducado).</translation>
    </message>
    <message>
        <source>The last successful backup is older than this.</source>
        <translation>La última copia de seguridad correcta es más antigua que esto.</translation>
    </message>
    <message>
        <source>A source of data (Prometheus, Alertmanager, billing, …) cannot be reached.</source>
        <translation>No se puede acceder a una fuente de datos (Prometheus, Alertmanager, facturación, …).</translation>
    </message>
    <message>
        <source>A server does not answer.</source>
        <translation>Un servidor no responde.</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>%1: the %2 threshold cannot be lower than the %3 one.</source>
        <translation>%1: el umbral de %2 no puede ser menor que el de %3.</translation>
    </message>
    <message>
        <source>%1: the %2 threshold cannot be higher than the %3 one.</source>
        <translation>%1: el umbral de %2 no puede ser mayor que el de %3.</translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation>Reglas de alerta</translation>
    </message>
    <message>
        <source>Every client and server (defaults)</source>
        <translation>Todos los clientes y servidores (predeterminado)</translation>
    </message>
    <message>
        <source>Rules &amp;for:</source>
        <translation>Reglas &amp;para:</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation>&amp;Restablecer valores predeterminados</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Espera</translation>
    </message>
    <message>
        <source>Fire after
failures</source>
        <translation>Activar tras
fallos</translation>
    </message>
    <message>
        <source>Resolve after
successes</source>
        <translation>Resolver tras
éxitos</translation>
    </message>
    <message>
        <source>Remind
every</source>
        <translation>Recordar
cada</translation>
    </message>
    <message>
        <source>Wait: how long the problem must last before the alert fires.</source>
        <translation>Espera: cuánto debe durar el problema antes de que se active la alerta.</translation>
    </message>
    <message>
        <source>Fire after: how many checks in a row must fail before the alert fires.</source>
        <translation>Activar tras: cuántas comprobaciones seguidas deben fallar antes de que se active la alerta.</translation>
    </message>
    <message>
        <source>Resolve after: how many checks in a row must pass before the alert resolves.</source>
        <translation>Resolver tras: cuántas comprobaciones seguidas deben superarse antes de que se resuelva la alerta.</translation>
    </message>
    <message>
        <source>Remind every: how often a firing alert nobody acknowledged is notified again.</source>
        <translation>Recordar cada: con qué frecuencia se vuelve a avisar de una alerta activa que nadie ha confirmado.</translation>
    </message>
    <message>
        <source>Thresholds are in seconds for answer times, % for disk use, days before a certificate expires and hours since the last backup. Wait is in minutes; a check runs on every refresh.</source>
        <translation>Los umbrales van en segundos para los tiempos de respuesta, en % para el uso de disco, en días antes de que caduque un certificado y en horas desde la última copia de seguridad. La espera va en minutos; se ejecuta una comprobación en cada actualización.</translation>
    </message>
    <message>
        <source>Site down</source>
        <translation>Sitio caído</translation>
    </message>
    <message>
        <source>Slow answers</source>
        <translation>Respuestas lentas</translation>
    </message>
    <message>
        <source>Disk use</source>
        <translation>Uso de disco</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>Certificado TLS</translation>
    </message>
    <message>
        <source>Backup age</source>
        <translation>Antigüedad de la copia de seguridad</translation>
    </message>
    <message>
        <source>Source unreachable</source>
        <translation>Fuente inaccesible</translation>
    </message>
    <message>
        <source>Server down</source>
        <translation>Servidor caído</translation>
    </message>
    <message>
        <source>%1 on</source>
        <translation>%1 activa</translation>
    </message>
    <message>
        <source>%1, %2 threshold</source>
        <translation>%1, umbral de %2</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>%1, wait in minutes</source>
        <translation>%1, espera en minutos</translation>
    </message>
    <message>
        <source>%1, failures to fire</source>
        <translation>%1, fallos para activarse</translation>
    </message>
    <message>
        <source>%1, successes to resolve</source>
        <translation>%1, éxitos para resolverse</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>%1, remind every (minutes, 0 = never)</source>
        <translation>%1, recordar cada (minutos, 0 = nunca)</translation>
    </message>
    <message>
        <source>These rules apply to every client and server that has no rules of its own.</source>
        <translation>Estas reglas se aplican a todos los clientes y servidores que no tienen reglas propias.</translation>
    </message>
    <message>
        <source>Put back the thresholds Fleetdeck comes with. Clients&apos; own rules stay.</source>
        <translation>Restablecer los umbrales con los que viene Fleetdeck. Las reglas propias de los clientes se mantienen.</translation>
    </message>
    <message>
        <source>Changes apply to %1 only. Rules in bold differ from the defaults.</source>
        <translation>Los cambios solo se aplican a %1. Las reglas en negrita difieren de las predeterminadas.</translation>
    </message>
    <message>
        <source>Drop this client&apos;s own rules, so the defaults apply to it again.</source>
        <translation>Descartar las reglas propias de este cliente, para que vuelvan a aplicársele las predeterminadas.</translation>
    </message>
    <message>
        <source>%1 (for %2)</source>
        <translation>%1 (para %2)</translation>
    </message>
    <message>
        <source>This client has its own setting.</source>
        <translation>Este cliente tiene su propia configuración.</translation>
    </message>
    <message>
        <source>%1 — own rules</source>
        <translation>%1 — reglas propias</translation>
    </message>
    <message>
        <source>when disconnected</source>
        <translation>si está desconectado</translation>
    </message>
    <message>
        <source>when sending fails</source>
        <translation>si falla el envío</translation>
    </message>
    <message>
        <source> changes</source>
        <translation> cambios</translation>
    </message>
    <message>
        <source>A WhatsApp number that was paired is no longer connected.</source>
        <translation>Un número de WhatsApp que estaba vinculado ya no está conectado.</translation>
    </message>
    <message>
        <source>A WhatsApp number changed state more often than this in ten minutes.</source>
        <translation>Un número de WhatsApp cambió de estado más veces que esto en diez minutos.</translation>
    </message>
    <message>
        <source>A WhatsApp number says it is connected, but sending fails.</source>
        <translation>Un número de WhatsApp dice estar conectado, pero el envío falla.</translation>
    </message>
    <message>
        <source>WhatsApp disconnected</source>
        <translation>WhatsApp desconectado</translation>
    </message>
    <message>
        <source>WhatsApp reconnect loop</source>
        <translation>Bucle de reconexión de WhatsApp</translation>
    </message>
    <message>
        <source>WhatsApp connected but dead</source>
        <translation>WhatsApp conectado pero inoperativo</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::AlertSilenceDialog</name>
    <message>
        <source>until %1</source>
        <translation>hasta %1</translation>
    </message>
    <message>
        <source>until %1 %2</source>
        <translation>hasta %1 %2</translation>
    </message>
    <message>
        <source>Also silence it in &amp;Alertmanager</source>
        <translation>Silenciarla también en &amp;Alertmanager</translation>
    </message>
    <message>
        <source>Silence alert</source>
        <translation>Silenciar alerta</translation>
    </message>
    <message>
        <source>A silenced alert stays in the list but notifies nobody until the silence ends. If it is still firing then, it needs attention again.</source>
        <translation>Una alerta silenciada sigue en la lista, pero no avisa a nadie hasta que termine el silencio. Si entonces sigue activa, vuelve a requerir atención.</translation>
    </message>
    <message>
        <source>For &amp;1 hour</source>
        <translation>Durante &amp;1 hora</translation>
    </message>
    <message>
        <source>For &amp;8 hours</source>
        <translation>Durante &amp;8 horas</translation>
    </message>
    <message>
        <source>For &amp;24 hours</source>
        <translation>Durante &amp;24 horas</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>Optional: why, e.g. &quot;maintenance window&quot;</source>
        <translation>Opcional: por qué, p. ej. &quot;ventana de mantenimiento&quot;</translation>
    </message>
    <message>
        <source>Silence</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Silencing…</source>
        <translation>Silenciando…</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>Its other receivers (e-mail, chat, tickets) go quiet too, for everyone, until the same time.</source>
        <translation>Sus otros receptores (correo, chat, tickets) también callan, para todos, hasta la misma hora.</translation>
    </message>
    <message>
        <source>Choose a time at least a minute from now.</source>
        <translation>Elegir una hora al menos un minuto después de ahora.</translation>
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
        <translation>resuelta</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>suprimida</translation>
    </message>
    <message>
        <source>silenced until %1</source>
        <translation>silenciada hasta %1</translation>
    </message>
    <message>
        <source>silenced in Alertmanager</source>
        <translation>silenciada en Alertmanager</translation>
    </message>
    <message>
        <source>acknowledged by %1</source>
        <translation>confirmada por %1</translation>
    </message>
    <message>
        <source>firing</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>server %1</source>
        <translation>servidor %1</translation>
    </message>
    <message>
        <source>data source %1</source>
        <translation>fuente de datos %1</translation>
    </message>
    <message>
        <source>platform (Alertmanager)</source>
        <translation>plataforma (Alertmanager)</translation>
    </message>
    <message>
        <source>Resolved at %1</source>
        <translation>Resuelta a las %1</translation>
    </message>
    <message>
        <source>By %1 at %2</source>
        <translation>Por %1 a las %2</translation>
    </message>
    <message>
        <source>No revenue known for this alert&apos;s clients</source>
        <translation>No se conocen ingresos de los clientes de esta alerta</translation>
    </message>
    <message numerus="yes">
        <source>Monthly recurring revenue of the %n clients affected</source>
        <translation>
            <numerusform>Ingresos recurrentes mensuales del %n cliente afectado</numerusform>
            <numerusform>Ingresos recurrentes mensuales de los %n clientes afectados</numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly recurring revenue of the client</source>
        <translation>Ingresos recurrentes mensuales del cliente</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Desde %1</translation>
    </message>
    <message>
        <source>Fired at %1</source>
        <translation>Activada a las %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Monthly recurring revenue of the clients affected</source>
        <translation>Ingresos recurrentes mensuales de los clientes afectados</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Client or component</source>
        <translation>Cliente o componente</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>At stake</source>
        <translation>En juego</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::AlertsPanel</name>
    <message>
        <source>History of this alert</source>
        <translation>Historial de esta alerta</translation>
    </message>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation>&amp;Confirmar…</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>Añadir &amp;nota…</translation>
    </message>
    <message>
        <source>&amp;Silence…</source>
        <translation>&amp;Silenciar…</translation>
    </message>
    <message>
        <source>&amp;Un-acknowledge</source>
        <translation>&amp;Retirar confirmación</translation>
    </message>
    <message>
        <source>&amp;Open client</source>
        <translation>&amp;Abrir cliente</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Firing, and nobody has acknowledged or silenced it</source>
        <translation>Activa, y nadie la ha confirmado ni silenciado</translation>
    </message>
    <message>
        <source>The condition holds, but not yet long enough to fire (a blip does not page anyone)</source>
        <translation>La condición se cumple, pero aún no el tiempo suficiente para activarse (un pico aislado no avisa a nadie)</translation>
    </message>
    <message>
        <source>Someone handles it; Fleetdeck no longer reminds anyone</source>
        <translation>Alguien se encarga; Fleetdeck ya no se lo recuerda a nadie</translation>
    </message>
    <message>
        <source>Silenced until a time, silenced in Alertmanager, or suppressed because the server it runs on is down</source>
        <translation>Silenciada hasta una hora, silenciada en Alertmanager o suprimida porque su servidor está caído</translation>
    </message>
    <message>
        <source>Resolved recently</source>
        <translation>Resueltas recientemente</translation>
    </message>
    <message>
        <source>Every alert Fleetdeck knows about now</source>
        <translation>Todas las alertas que Fleetdeck conoce ahora</translation>
    </message>
    <message>
        <source>Every change of every alert, newest first</source>
        <translation>Cada cambio de cada alerta, las más recientes primero</translation>
    </message>
    <message>
        <source>Filter by client, component, rule or text…</source>
        <translation>Filtrar por cliente, componente, regla o texto…</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Cualquier gravedad</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>High and worse</source>
        <translation>Alta o peor</translation>
    </message>
    <message>
        <source>Medium and worse</source>
        <translation>Media o peor</translation>
    </message>
    <message>
        <source>Needs attention (%1)</source>
        <translation>Requieren atención (%1)</translation>
    </message>
    <message>
        <source>Pending (%1)</source>
        <translation>Pendientes (%1)</translation>
    </message>
    <message>
        <source>Acknowledged (%1)</source>
        <translation>Confirmadas (%1)</translation>
    </message>
    <message>
        <source>Silenced (%1)</source>
        <translation>Silenciadas (%1)</translation>
    </message>
    <message>
        <source>Resolved (%1)</source>
        <translation>Resueltas (%1)</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Todas (%1)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Nothing needs attention</source>
        <translation>Nada requiere atención</translation>
    </message>
    <message>
        <source>1 needs attention</source>
        <translation>1 requiere atención</translation>
    </message>
    <message>
        <source>%1 need attention</source>
        <translation>%1 requieren atención</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pendiente</numerusform>
            <numerusform>%n pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n acknowledged</source>
        <translation>
            <numerusform>%n confirmada</numerusform>
            <numerusform>%n confirmadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n silenced or suppressed</source>
        <translation>
            <numerusform>%n silenciada o suprimida</numerusform>
            <numerusform>%n silenciadas o suprimidas</numerusform>
        </translation>
    </message>
    <message>
        <source>evaluated %1</source>
        <translation>evaluado %1</translation>
    </message>
    <message numerus="yes">
        <source>Fleetdeck checks %n client(s) every %1 s</source>
        <translation>
            <numerusform>Fleetdeck comprueba %n cliente cada %1 s</numerusform>
            <numerusform>Fleetdeck comprueba %n clientes cada %1 s</numerusform>
        </translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>sin configurar</translation>
    </message>
    <message>
        <source>answering</source>
        <translation>respondiendo</translation>
    </message>
    <message>
        <source>failing (see Data sources)</source>
        <translation>fallando (ver Fuentes de datos)</translation>
    </message>
    <message>
        <source>turned off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation>aún sin consultar</translation>
    </message>
    <message>
        <source>Prometheus and Alertmanager are %1.</source>
        <translation>Prometheus y Alertmanager: %1.</translation>
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
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Leyendo el historial…</translation>
    </message>
    <message>
        <source>No alert history yet.
Every change of an alert (fired, acknowledged, silenced, resolved) is recorded here.</source>
        <translation>Aún no hay historial de alertas.
Cada cambio de una alerta (activada, confirmada, silenciada, resuelta) se registra aquí.</translation>
    </message>
    <message>
        <source>No event matches these filters.
Clear the search (Esc) or choose &quot;Any severity&quot;.</source>
        <translation>Ningún evento coincide con estos filtros.
Borrar la búsqueda (Esc) o elegir &quot;Cualquier gravedad&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n alert(s)</source>
        <translation>
            <numerusform>%1 de %n alerta</numerusform>
            <numerusform>%1 de %n alertas</numerusform>
        </translation>
    </message>
    <message>
        <source>Fleetdeck is reading the first checks…
Alerts appear here as soon as the first evaluation is done.</source>
        <translation>Fleetdeck está leyendo las primeras comprobaciones…
Las alertas aparecen aquí en cuanto termina la primera evaluación.</translation>
    </message>
    <message>
        <source>No alert matches these filters.
Clear the search (Esc) or choose &quot;Any severity&quot;.</source>
        <translation>Ninguna alerta coincide con estos filtros.
Borrar la búsqueda (Esc) o elegir &quot;Cualquier gravedad&quot;.</translation>
    </message>
    <message>
        <source>No alert is firing.</source>
        <translation>No hay ninguna alerta activa.</translation>
    </message>
    <message>
        <source>%1 pending and %2 acknowledged: see their tabs.</source>
        <translation>%1 pendientes y %2 confirmadas: ver sus pestañas.</translation>
    </message>
    <message>
        <source>Nothing is pending.
An alert waits here while its condition has not lasted long enough to fire, so a single slow answer pages nobody.</source>
        <translation>Nada está pendiente.
Una alerta espera aquí mientras su condición no ha durado lo suficiente para activarse, así una sola respuesta lenta no avisa a nadie.</translation>
    </message>
    <message>
        <source>Nobody has acknowledged an alert.
Select a firing alert and press A to take it: the team sees who handles it.</source>
        <translation>Nadie ha confirmado ninguna alerta.
Seleccionar una alerta activa y pulsar A para tomarla: el equipo ve quién se encarga.</translation>
    </message>
    <message>
        <source>No alert is silenced or suppressed.
Press S on a firing alert to silence it for 1, 8 or 24 hours, or until a time you choose.</source>
        <translation>Ninguna alerta está silenciada ni suprimida.
Pulsar S sobre una alerta activa para silenciarla durante 1, 8 o 24 horas, o hasta la hora que se elija.</translation>
    </message>
    <message>
        <source>No alert resolved recently.
Older changes are under History.</source>
        <translation>Ninguna alerta se resolvió recientemente.
Los cambios anteriores están en Historial.</translation>
    </message>
    <message>
        <source>No alerts.</source>
        <translation>No hay alertas.</translation>
    </message>
    <message>
        <source>The alert history cannot be read: %1</source>
        <translation>No se puede leer el historial de alertas: %1</translation>
    </message>
    <message>
        <source>Nothing to show in this list.</source>
        <translation>No hay nada que mostrar en esta lista.</translation>
    </message>
    <message>
        <source>Select an alert to see what it is about, who handles it and what happened.</source>
        <translation>Seleccionar una alerta para ver de qué trata, quién se encarga y qué pasó.</translation>
    </message>
    <message>
        <source>client · %1</source>
        <translation>cliente · %1</translation>
    </message>
    <message numerus="yes">
        <source>platform · %n client(s) depend on it</source>
        <translation>
            <numerusform>plataforma · %n cliente depende de ella</numerusform>
            <numerusform>plataforma · %n clientes dependen de ella</numerusform>
        </translation>
    </message>
    <message>
        <source>platform</source>
        <translation>plataforma</translation>
    </message>
    <message>
        <source>from Alertmanager (%1)</source>
        <translation>de Alertmanager (%1)</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>regla %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observado</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Fired</source>
        <translation>Activada</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>At stake</source>
        <translation>En juego</translation>
    </message>
    <message numerus="yes">
        <source>%1 MRR of %n client(s)</source>
        <translation>
            <numerusform>%1 de MRR de %n cliente</numerusform>
            <numerusform>%1 de MRR de %n clientes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 MRR</source>
        <translation>%1 de MRR</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>by %1, %2 (%3)</source>
        <translation>por %1, %2 (%3)</translation>
    </message>
    <message>
        <source>Silenced until</source>
        <translation>Silenciada hasta</translation>
    </message>
    <message>
        <source>%1 (ends in %2)</source>
        <translation>%1 (termina en %2)</translation>
    </message>
    <message>
        <source>Silenced</source>
        <translation>Silenciada</translation>
    </message>
    <message>
        <source>by %1, %2</source>
        <translation>por %1, %2</translation>
    </message>
    <message>
        <source>in Alertmanager (lift it there)</source>
        <translation>en Alertmanager (levantarlo allí)</translation>
    </message>
    <message>
        <source>Suppressed</source>
        <translation>Suprimida</translation>
    </message>
    <message>
        <source>%1: the server&apos;s own alert speaks for it</source>
        <translation>%1: la alerta propia del servidor ya lo cubre</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Alertmanager labels</source>
        <translation>Etiquetas de Alertmanager</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Reading the notes…</source>
        <translation>Leyendo las notas…</translation>
    </message>
    <message>
        <source>No notes yet. Press N to leave one for the team.</source>
        <translation>Aún no hay notas. Pulsar N para dejar una al equipo.</translation>
    </message>
    <message>
        <source>The registry is read-only (a support connection): acknowledging, silencing and notes are disabled. Ask someone with write access.</source>
        <translation>El registro es de solo lectura (una conexión de soporte): confirmar, silenciar y las notas están desactivados. Pedirlo a alguien con permiso de escritura.</translation>
    </message>
    <message>
        <source>The registry %1 is read-only (a support connection): acknowledging, silencing and notes are disabled. Ask someone with write access.</source>
        <translation>El registro %1 es de solo lectura (una conexión de soporte): confirmar, silenciar y las notas están desactivados. Pedirlo a alguien con permiso de escritura.</translation>
    </message>
    <message>
        <source>Lift &amp;silence</source>
        <translation>&amp;Levantar silencio</translation>
    </message>
    <message>
        <source>Already acknowledged by %1</source>
        <translation>Ya confirmada por %1</translation>
    </message>
    <message>
        <source>Take the alert: the team sees who handles it, and nobody is reminded (A)</source>
        <translation>Tomar la alerta: el equipo ve quién se encarga y no se recuerda a nadie (A)</translation>
    </message>
    <message>
        <source>Leave a note on the alert for the team (N)</source>
        <translation>Dejar una nota en la alerta para el equipo (N)</translation>
    </message>
    <message>
        <source>Quieten the alert for 1, 8 or 24 hours, or until a time (S)</source>
        <translation>Silenciar la alerta durante 1, 8 o 24 horas, o hasta una hora (S)</translation>
    </message>
    <message>
        <source>Silenced in Alertmanager: lift the silence there</source>
        <translation>Silenciada en Alertmanager: levantar el silencio allí</translation>
    </message>
    <message>
        <source>End the silence now: the alert notifies again if it still fires (U)</source>
        <translation>Terminar el silencio ahora: la alerta vuelve a avisar si sigue activa (U)</translation>
    </message>
    <message>
        <source>Give the alert back: it needs attention again if it still fires (U)</source>
        <translation>Devolver la alerta: vuelve a requerir atención si sigue activa (U)</translation>
    </message>
    <message>
        <source>This alert is about the platform, not one client</source>
        <translation>Esta alerta es de la plataforma, no de un cliente</translation>
    </message>
    <message>
        <source>Show the client in the client list (Enter)</source>
        <translation>Mostrar el cliente en la lista de clientes (Intro)</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>Confirmar…</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Añadir nota…</translation>
    </message>
    <message>
        <source>Silence</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>For 1 hour…</source>
        <translation>Durante 1 hora…</translation>
    </message>
    <message>
        <source>For 8 hours…</source>
        <translation>Durante 8 horas…</translation>
    </message>
    <message>
        <source>For 24 hours…</source>
        <translation>Durante 24 horas…</translation>
    </message>
    <message>
        <source>Until a date and time…</source>
        <translation>Hasta una fecha y hora…</translation>
    </message>
    <message>
        <source>Open client</source>
        <translation>Abrir cliente</translation>
    </message>
    <message>
        <source>&amp;Rules…</source>
        <translation>Re&amp;glas…</translation>
    </message>
    <message>
        <source>Thresholds and timing of the alerts, for every client or one</source>
        <translation>Umbrales y tiempos de las alertas, para todos los clientes o para uno</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::AuditLogModel</name>
    <message>
        <source>Client added</source>
        <translation>Cliente añadido</translation>
    </message>
    <message>
        <source>Client edited</source>
        <translation>Cliente editado</translation>
    </message>
    <message>
        <source>Client suspended</source>
        <translation>Cliente suspendido</translation>
    </message>
    <message>
        <source>Client reactivated</source>
        <translation>Cliente reactivado</translation>
    </message>
    <message>
        <source>Client marked churned</source>
        <translation>Cliente marcado como dado de baja</translation>
    </message>
    <message>
        <source>Client removed</source>
        <translation>Cliente eliminado</translation>
    </message>
    <message>
        <source>Client imported</source>
        <translation>Cliente importado</translation>
    </message>
    <message>
        <source>Plan saved</source>
        <translation>Plan guardado</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::AuditPanel</name>
    <message>
        <source>Filter by person, action, client or detail…</source>
        <translation>Filtrar por persona, acción, cliente o detalle…</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de cambios</translation>
    </message>
    <message>
        <source>Every change made to the registry, by whom and when. Kept in the registry, so the whole team sees the same history.</source>
        <translation>Todos los cambios hechos en el registro, quién los hizo y cuándo. Se guardan en el registro, así que todo el equipo ve el mismo historial.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>The registry</source>
        <translation>El registro</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n cambio</numerusform>
            <numerusform>%n cambios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fleetdeck::CheckResultLabel</name>
    <message>
        <source>Waiting for the answer…</source>
        <translation>Esperando la respuesta…</translation>
    </message>
    <message>
        <source>Passed: %1</source>
        <translation>Correcto: %1</translation>
    </message>
    <message>
        <source>Passed with a warning: %1</source>
        <translation>Correcto, con un aviso: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Paleta de comandos</translation>
    </message>
    <message>
        <source>Type a client or an action: &quot;open pizza&quot;, &quot;suspend joe&quot;, &quot;refresh&quot;…</source>
        <translation>Escriba un cliente o una acción: &quot;abrir pizza&quot;, &quot;suspender joe&quot;, &quot;actualizar&quot;…</translation>
    </message>
    <message>
        <source>↑↓ to choose · Enter to run · Esc to close</source>
        <translation>↑↓ para elegir · Enter para ejecutar · Esc para cerrar</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;.</source>
        <translation>Nada coincide con &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::ConfirmDialog</name>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Escriba &lt;b&gt;%1&lt;/b&gt; para confirmar:</translation>
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
        <translation>Estado</translation>
    </message>
    <message>
        <source>Search servers, databases and clients…</source>
        <translation>Buscar servidores, bases de datos y clientes…</translation>
    </message>
    <message>
        <source>Down or degraded, stale, alerting, a disk over 90 % or a certificate expiring within 14 days</source>
        <translation>Caídos o degradados, desactualizados, con alertas, un disco por encima del 90 % o un certificado que caduca en 14 días</translation>
    </message>
    <message>
        <source>Select a server or a client to see its latency over time, its certificate and its disk. Double-click a client (or press Enter) to open it.</source>
        <translation>Seleccionar un servidor o un cliente para ver su latencia a lo largo del tiempo, su certificado y su disco. Doble clic en un cliente (o Intro) para abrirlo.</translation>
    </message>
    <message>
        <source>Latency now</source>
        <translation>Latencia actual</translation>
    </message>
    <message>
        <source>Uptime 24 h</source>
        <translation>Disponibilidad 24 h</translation>
    </message>
    <message>
        <source>Uptime 7 d</source>
        <translation>Disponibilidad 7 d</translation>
    </message>
    <message>
        <source>Uptime 30 d</source>
        <translation>Disponibilidad 30 d</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Última comprobación</translation>
    </message>
    <message>
        <source>Active alerts</source>
        <translation>Alertas activas</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <source>The last hour, every stored check</source>
        <translation>La última hora, cada comprobación guardada</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>The last 24 hours, hourly averages</source>
        <translation>Las últimas 24 horas, promedios por hora</translation>
    </message>
    <message>
        <source>30 d</source>
        <translation>30 d</translation>
    </message>
    <message>
        <source>The last 30 days, hourly averages</source>
        <translation>Los últimos 30 días, promedios por hora</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Days until the TLS certificate expires: red under 7 days, amber under 14</source>
        <translation>Días hasta que caduque el certificado TLS: rojo por debajo de 7 días, ámbar por debajo de 14</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Disco</translation>
    </message>
    <message>
        <source>The fullest file system: amber from 80 %, orange from 90 %, red from 95 %</source>
        <translation>El sistema de archivos más lleno: ámbar desde el 80 %, naranja desde el 90 %, rojo desde el 95 %</translation>
    </message>
    <message>
        <source>Per point:</source>
        <translation>Por punto:</translation>
    </message>
    <message>
        <source>average</source>
        <translation>promedio</translation>
    </message>
    <message>
        <source>min to max</source>
        <translation>mín. a máx.</translation>
    </message>
    <message>
        <source>down at least once</source>
        <translation>caído al menos una vez</translation>
    </message>
    <message>
        <source>Latency · last hour</source>
        <translation>Latencia · última hora</translation>
    </message>
    <message>
        <source>Latency · last 24 hours</source>
        <translation>Latencia · últimas 24 horas</translation>
    </message>
    <message>
        <source>Latency · last 30 days</source>
        <translation>Latencia · últimos 30 días</translation>
    </message>
    <message>
        <source>File systems</source>
        <translation>Sistemas de archivos</translation>
    </message>
    <message>
        <source>%1 % used</source>
        <translation>%1 % usado</translation>
    </message>
    <message>
        <source>%1 free of %2</source>
        <translation>%1 libres de %2</translation>
    </message>
    <message>
        <source>Clients on this server: %1</source>
        <translation>Clientes en este servidor: %1</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> y %1 más</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Bases de datos</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 connections</source>
        <translation>%1 conexiones</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Destinos</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message>
        <source>Add Prometheus in the profile to see servers and disks. Clients are listed from Fleetdeck&apos;s own checks.</source>
        <translation>Añadir Prometheus en el perfil para ver servidores y discos. Los clientes se listan a partir de las comprobaciones propias de Fleetdeck.</translation>
    </message>
    <message>
        <source>Asking Prometheus for servers, disks and the database…</source>
        <translation>Consultando a Prometheus servidores, discos y la base de datos…</translation>
    </message>
    <message>
        <source>Prometheus is failing: %1 Servers and disks show its last good data, from %2 (%3).</source>
        <translation>Prometheus está fallando: %1 Los servidores y discos muestran sus últimos datos válidos, de %2 (%3).</translation>
    </message>
    <message>
        <source>Prometheus is failing: %1 No server data yet: check its URL and credentials in the profile.</source>
        <translation>Prometheus está fallando: %1 Aún no hay datos de servidores: revisar su URL y credenciales en el perfil.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Servers, exporters and the database as Prometheus reports them; clients from Fleetdeck&apos;s own checks.</source>
        <translation>Servidores, exporters y la base de datos según Prometheus; clientes según las comprobaciones propias de Fleetdeck.</translation>
    </message>
    <message>
        <source>Needing attention: %1.</source>
        <translation>Requieren atención: %1.</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Nada requiere atención.</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 de %2 mostrados</translation>
    </message>
    <message>
        <source>Nothing to show yet. Clients appear once the client list has loaded, servers once Prometheus answers.</source>
        <translation>Aún no hay nada que mostrar. Los clientes aparecen cuando se carga la lista de clientes; los servidores, cuando Prometheus responde.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”. Clear the search to see everything.</source>
        <translation>Nada coincide con “%1”. Borrar la búsqueda para verlo todo.</translation>
    </message>
    <message>
        <source>Nothing needs attention: every server and client is up, fresh and quiet.</source>
        <translation>Nada requiere atención: todos los servidores y clientes están activos, actualizados y sin alertas.</translation>
    </message>
    <message>
        <source>Prometheus has not listed any server yet.</source>
        <translation>Prometheus aún no ha listado ningún servidor.</translation>
    </message>
    <message>
        <source>Add Prometheus in the profile to see servers and disks.</source>
        <translation>Añadir Prometheus en el perfil para ver servidores y discos.</translation>
    </message>
    <message>
        <source>No monitored clients. Add one under Clients (Ctrl+N).</source>
        <translation>No hay clientes supervisados. Añadir uno en Clientes (Ctrl+N).</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>Stale: %1</source>
        <translation>Desactualizado: %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 horas</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 días</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 días</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>%1 (%2 need attention)</source>
        <translation>%1 (%2 requieren atención)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>What Prometheus reports</source>
        <translation>Lo que informa Prometheus</translation>
    </message>
    <message>
        <source>Size and connections come from Prometheus&apos; PostgreSQL exporter. Fleetdeck does not measure the database&apos;s latency; its uptime comes from the state recorded at each Prometheus round.</source>
        <translation>El tamaño y las conexiones vienen del exporter de PostgreSQL de Prometheus. Fleetdeck no mide la latencia de la base de datos; su disponibilidad viene del estado registrado en cada ronda de Prometheus.</translation>
    </message>
    <message>
        <source>Prometheus&apos; node_exporter reports whether this server answers and how full its file systems are. Fleetdeck measures no latency for it; its uptime comes from the state recorded at each Prometheus round.</source>
        <translation>El node_exporter de Prometheus informa de si este servidor responde y de lo llenos que están sus sistemas de archivos. Fleetdeck no mide su latencia; su disponibilidad viene del estado registrado en cada ronda de Prometheus.</translation>
    </message>
    <message>
        <source>The scrape targets of this Prometheus job: it is up when all of them answer. Its uptime comes from the state recorded at each Prometheus round.</source>
        <translation>Los destinos de scrape de este job de Prometheus: está activo cuando todos responden. Su disponibilidad viene del estado registrado en cada ronda de Prometheus.</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducado</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta %1</translation>
    </message>
    <message>
        <source>No certificate seen yet</source>
        <translation>Aún no se ha visto ningún certificado</translation>
    </message>
    <message>
        <source>No HTTPS endpoint</source>
        <translation>Sin endpoint HTTPS</translation>
    </message>
    <message>
        <source>No server named for this client</source>
        <translation>No hay ningún servidor indicado para este cliente</translation>
    </message>
    <message>
        <source>its fullest file system</source>
        <translation>su sistema de archivos más lleno</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>used on %1, %2</source>
        <translation>usado en %1, %2</translation>
    </message>
    <message>
        <source>used on %1</source>
        <translation>usado en %1</translation>
    </message>
    <message>
        <source>Prometheus reports no disk for %1</source>
        <translation>Prometheus no informa de ningún disco para %1</translation>
    </message>
    <message>
        <source>Prometheus reports no file system for it</source>
        <translation>Prometheus no informa de ningún sistema de archivos para él</translation>
    </message>
    <message>
        <source>Add Prometheus to see disks</source>
        <translation>Añadir Prometheus para ver los discos</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>The local cache</source>
        <translation>La caché local</translation>
    </message>
    <message>
        <source>The stored history could not be read: %1</source>
        <translation>No se pudo leer el historial guardado: %1</translation>
    </message>
    <message>
        <source>No measurements in this window yet — Fleetdeck stores a sample per check.</source>
        <translation>Aún no hay mediciones en este intervalo — Fleetdeck guarda una muestra por comprobación.</translation>
    </message>
    <message numerus="yes">
        <source>%n stored samples in this window, drawn as %1 points</source>
        <translation>
            <numerusform>%n muestra guardada en este intervalo, dibujada como %1 puntos</numerusform>
            <numerusform>%n muestras guardadas en este intervalo, dibujadas como %1 puntos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fleetdeck::HealthTableModel</name>
    <message>
        <source>Up</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Degradado</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Caído</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
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
        <translation>No se midió nada en este periodo (%1): la disponibilidad aparece cuando Fleetdeck haya guardado muestras.</translation>
    </message>
    <message numerus="yes">
        <source>%1 available over the last %2, from %n stored samples of Fleetdeck&apos;s own checks, hourly rollups. Up and degraded samples count as available.</source>
        <translation>
            <numerusform>%1 disponible en este periodo (%2), a partir de %n muestra guardada de las comprobaciones propias de Fleetdeck, agregada por hora. Las muestras activas y degradadas cuentan como disponibles.</numerusform>
            <numerusform>%1 disponible en este periodo (%2), a partir de %n muestras guardadas de las comprobaciones propias de Fleetdeck, agregadas por hora. Las muestras activas y degradadas cuentan como disponibles.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>not checked recently</source>
        <translation>sin comprobar recientemente</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (desactualizado)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Stale: %1</source>
        <translation>Desactualizado: %1</translation>
    </message>
    <message>
        <source>Checked %1</source>
        <translation>Comprobado %1</translation>
    </message>
    <message>
        <source>Fleetdeck checks this component through Prometheus, which gives its state but no latency.</source>
        <translation>Fleetdeck comprueba este componente a través de Prometheus, que da su estado pero no su latencia.</translation>
    </message>
    <message>
        <source>The slowest health endpoint that answered</source>
        <translation>El endpoint de comprobación más lento que respondió</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 horas</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 días</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 días</translation>
    </message>
    <message>
        <source>Certificate valid until %1</source>
        <translation>Certificado válido hasta %1</translation>
    </message>
    <message>
        <source>%1 % used on %2, the fullest file system of this server</source>
        <translation>%1 % usado en %2, el sistema de archivos más lleno de este servidor</translation>
    </message>
    <message>
        <source>No active alerts</source>
        <translation>Sin alertas activas</translation>
    </message>
    <message>
        <source>Share of Fleetdeck&apos;s stored checks that found it up or degraded, from hourly rollups</source>
        <translation>Proporción de las comprobaciones guardadas de Fleetdeck que lo encontraron activo o degradado, a partir de agregados por hora</translation>
    </message>
    <message>
        <source>The fullest file system of a server</source>
        <translation>El sistema de archivos más lleno de un servidor</translation>
    </message>
    <message>
        <source>Active alerts (pending or firing)</source>
        <translation>Alertas activas (pendientes o activadas)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <source>Uptime 24 h</source>
        <translation>Disponibilidad 24 h</translation>
    </message>
    <message>
        <source>Uptime 7 d</source>
        <translation>Disponibilidad 7 d</translation>
    </message>
    <message>
        <source>Uptime 30 d</source>
        <translation>Disponibilidad 30 d</translation>
    </message>
    <message>
        <source>TLS expires</source>
        <translation>Caducidad TLS</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Disco</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::ImportDialog</name>
    <message>
        <source>No file chosen yet.</source>
        <translation>Aún no se ha elegido ningún archivo.</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation>Importar clientes</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Health URLs</source>
        <translation>URL de comprobación</translation>
    </message>
    <message>
        <source>Why it was rejected</source>
        <translation>Motivo del rechazo</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptadas</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazadas</translation>
    </message>
    <message>
        <source>CSV with a header row (slug, name, status, plan, contact, notes, health, mautic, evolution_instance, n8n_tag, stripe_customer, ghl_location, host) or JSON. Nothing is written until you press Import; then all accepted rows are written together.</source>
        <translation>CSV con una fila de encabezado (slug, name, status, plan, contact, notes, health, mautic, evolution_instance, n8n_tag, stripe_customer, ghl_location, host) o JSON. No se escribe nada hasta hacer clic en Importar; entonces se escriben juntas todas las filas aceptadas.</translation>
    </message>
    <message>
        <source>Client lists (*.csv *.json);;All files (*)</source>
        <translation>Listas de clientes (*.csv *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
    <message>
        <source>Accepted (%1)</source>
        <translation>Aceptadas (%1)</translation>
    </message>
    <message>
        <source>Rejected (%1)</source>
        <translation>Rechazadas (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) ready to import.</source>
        <translation>
            <numerusform>%n cliente listo para importar.</numerusform>
            <numerusform>%n clientes listos para importar.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ready to import; %2 rejected (see why under Rejected). Fix the file and choose it again, or import the accepted ones now.</source>
        <translation>Listos para importar: %1; rechazadas: %2 (el motivo aparece en Rechazadas). Corregir el archivo y volver a elegirlo, o importar ahora los aceptados.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n cliente</numerusform>
            <numerusform>%n clientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n client(s)</source>
        <translation>
            <numerusform>&amp;Importar %n cliente</numerusform>
            <numerusform>&amp;Importar %n clientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::LatencyChart</name>
    <message>
        <source>Latency (ms)</source>
        <translation>Latencia (ms)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Caído</translation>
    </message>
    <message>
        <source>Min to max</source>
        <translation>Mín. a máx.</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Promedio</translation>
    </message>
    <message>
        <source>%1: %2 ms on average</source>
        <translation>%1: %2 ms de promedio</translation>
    </message>
    <message>
        <source>%1 to %2 ms</source>
        <translation>%1 a %2 ms</translation>
    </message>
    <message>
        <source>Down at least once</source>
        <translation>Caído al menos una vez</translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation>Hora (local)</translation>
    </message>
    <message>
        <source>Date (local)</source>
        <translation>Fecha (local)</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::MainWindow</name>
    <message>
        <source>Fleetdeck — demo</source>
        <translation>Fleetdeck — demo</translation>
    </message>
    <message>
        <source>Fleetdeck — %1</source>
        <translation>Fleetdeck — %1</translation>
    </message>
    <message>
        <source>Demo: a simulated platform; nothing real is touched</source>
        <translation>Demo: una plataforma simulada; no se toca nada real</translation>
    </message>
    <message>
        <source>Refreshing… %1/%2</source>
        <translation>Actualizando… %1/%2</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de cambios</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>The profile: which platform Fleetdeck watches</source>
        <translation>El perfil: qué plataforma vigila Fleetdeck</translation>
    </message>
    <message>
        <source>Demo (simulated)</source>
        <translation>Demo (simulada)</translation>
    </message>
    <message>
        <source>Manage profiles…</source>
        <translation>Gestionar perfiles…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Check every client now (F5)</source>
        <translation>Comprobar todos los clientes ahora (F5)</translation>
    </message>
    <message>
        <source>Search clients (Ctrl+F) · Ctrl+K for everything</source>
        <translation>Buscar clientes (Ctrl+F) · Ctrl+K para todo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Nuevo cliente…</translation>
    </message>
    <message>
        <source>&amp;Import clients…</source>
        <translation>&amp;Importar clientes…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Perfiles…</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>P&amp;referencias…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Clientes</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>Registro de ca&amp;mbios</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Actualizar ahora</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Command &amp;palette…</source>
        <translation>&amp;Paleta de comandos…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Find client</source>
        <translation>&amp;Buscar cliente</translation>
    </message>
    <message>
        <source>Data &amp;sources…</source>
        <translation>&amp;Fuentes de datos…</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Suspend…</source>
        <translation>&amp;Suspender…</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Reac&amp;tivar</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>&amp;Copy status report</source>
        <translation>&amp;Copiar informe de estado</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>A&amp;tajos de teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Fleetdeck</source>
        <translation>&amp;Acerca de Fleetdeck</translation>
    </message>
    <message>
        <source>About Fleetdeck</source>
        <translation>Acerca de Fleetdeck</translation>
    </message>
    <message>
        <source>Fleetdeck %1
One place to see and act on the whole platform: health, clients and their history.
Licensed under the GNU GPL, version 3 or later.</source>
        <translation>Fleetdeck %1
Un solo lugar para ver y gestionar toda la plataforma: salud, clientes y su historial.
Distribuido bajo la licencia GNU GPL, versión 3 o posterior.</translation>
    </message>
    <message>
        <source>Checking every client…</source>
        <translation>Comprobando todos los clientes…</translation>
    </message>
    <message>
        <source>Registry: %1 · read-only (support)</source>
        <translation>Registro: %1 · solo lectura (soporte)</translation>
    </message>
    <message>
        <source>Registry: %1</source>
        <translation>Registro: %1</translation>
    </message>
    <message>
        <source>This connection may only read: adding, editing and removing clients is disabled. Ask someone with write access, or connect with a writable role.</source>
        <translation>Esta conexión es de solo lectura: no se pueden añadir, editar ni eliminar clientes. Pedir el cambio a alguien con permiso de escritura o conectarse con un rol que pueda escribir.</translation>
    </message>
    <message>
        <source>Registry unavailable</source>
        <translation>Registro no disponible</translation>
    </message>
    <message>
        <source>Refreshed %1</source>
        <translation>Actualizado %1</translation>
    </message>
    <message>
        <source>Showing cached data from %1</source>
        <translation>Mostrando datos en caché de %1</translation>
    </message>
    <message>
        <source>Not refreshed yet</source>
        <translation>Aún sin actualizar</translation>
    </message>
    <message>
        <source>%1 failing</source>
        <translation>Con fallos: %1</translation>
    </message>
    <message>
        <source>Some data is old or a source is failing. Click for details.</source>
        <translation>Hay datos antiguos o alguna fuente falla. Clic para ver los detalles.</translation>
    </message>
    <message>
        <source>Click to see every data source</source>
        <translation>Clic para ver todas las fuentes de datos</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>con fallos</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>aún sin comprobar</translation>
    </message>
    <message>
        <source>last success %1</source>
        <translation>último éxito %1</translation>
    </message>
    <message>
        <source>never succeeded</source>
        <translation>sin éxito hasta ahora</translation>
    </message>
    <message>
        <source>No source has been asked yet.</source>
        <translation>Todavía no se ha consultado ninguna fuente.</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Fuentes de datos</translation>
    </message>
    <message>
        <source>client · %1</source>
        <translation>cliente · %1</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <source>Suspend %1</source>
        <translation>Suspender %1</translation>
    </message>
    <message>
        <source>Reactivate %1</source>
        <translation>Reactivar %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Copy status report of %1</source>
        <translation>Copiar el informe de estado de %1</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Actualizar ahora</translation>
    </message>
    <message>
        <source>Go to Overview</source>
        <translation>Ir a Resumen</translation>
    </message>
    <message>
        <source>Go to Clients</source>
        <translation>Ir a Clientes</translation>
    </message>
    <message>
        <source>Go to Audit log</source>
        <translation>Ir a Registro de cambios</translation>
    </message>
    <message>
        <source>Show clients that need attention</source>
        <translation>Mostrar los clientes que requieren atención</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Preferencias…</translation>
    </message>
    <message>
        <source>Add client…</source>
        <translation>Añadir cliente…</translation>
    </message>
    <message>
        <source>Import clients…</source>
        <translation>Importar clientes…</translation>
    </message>
    <message>
        <source>Switch to profile %1</source>
        <translation>Cambiar al perfil %1</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>perfil</translation>
    </message>
    <message>
        <source>Fleetdeck keeps watching</source>
        <translation>Fleetdeck sigue vigilando</translation>
    </message>
    <message>
        <source>Fleetdeck is still checking your clients from the tray. Quit it from the tray menu.</source>
        <translation>Fleetdeck sigue comprobando sus clientes desde la bandeja del sistema. Para salir, usar el menú de la bandeja.</translation>
    </message>
    <message>
        <source>open</source>
        <comment>command palette verb</comment>
        <translation>abrir</translation>
    </message>
    <message>
        <source>suspend</source>
        <comment>command palette verb</comment>
        <translation>suspender</translation>
    </message>
    <message>
        <source>reactivate</source>
        <comment>command palette verb</comment>
        <translation>reactivar</translation>
    </message>
    <message>
        <source>remove</source>
        <comment>command palette verb</comment>
        <translation>eliminar</translation>
    </message>
    <message>
        <source>edit</source>
        <comment>command palette verb</comment>
        <translation>editar</translation>
    </message>
    <message>
        <source>copy</source>
        <comment>command palette verb</comment>
        <translation>copiar</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>&amp;Health</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>A&amp;lerts</source>
        <translation>A&amp;lertas</translation>
    </message>
    <message>
        <source>Go to Health</source>
        <translation>Ir a Estado</translation>
    </message>
    <message>
        <source>Go to Alerts</source>
        <translation>Ir a Alertas</translation>
    </message>
    <message>
        <source>&amp;Alert rules…</source>
        <translation>Reglas de &amp;alerta…</translation>
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
        <translation>Ctrl+K  paleta de comandos: abrir, suspender, editar… cualquier cliente
Ctrl+F  buscar un cliente · Enter abre la primera coincidencia
Ctrl+1 … 6  Resumen / Clientes / Estado / Alertas / WhatsApp / Registro de cambios
WhatsApp: P vincular · R reiniciar · L cerrar sesión · T mensaje de prueba · A asignar · Delete eliminar
F5 o Ctrl+R  actualizar ahora
Ctrl+N  nuevo cliente · Ctrl+I  importar clientes · Ctrl+E  editar
Delete  eliminar el cliente seleccionado (pide confirmación)
Ctrl+Shift+C  copiar el informe de estado del cliente
Ctrl+,  preferencias · Ctrl+Q  salir</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::OverviewPanel</name>
    <message>
        <source>Fleet status</source>
        <translation>Estado de la flota</translation>
    </message>
    <message>
        <source>Slowest endpoints</source>
        <translation>URL más lentas</translation>
    </message>
    <message>
        <source>Certificates expiring soonest</source>
        <translation>Próximos certificados en caducar</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Fuentes de datos</translation>
    </message>
    <message>
        <source>Open the clients that need attention</source>
        <translation>Abrir los clientes que requieren atención</translation>
    </message>
    <message>
        <source>Open the client list sorted by latency</source>
        <translation>Abrir la lista de clientes ordenada por latencia</translation>
    </message>
    <message>
        <source>Open the client list sorted by certificate expiry</source>
        <translation>Abrir la lista de clientes ordenada por caducidad del certificado</translation>
    </message>
    <message>
        <source>Show every data source and its last error</source>
        <translation>Mostrar todas las fuentes de datos y su último error</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Aún sin comprobar</translation>
    </message>
    <message>
        <source>As of %1 (%2)</source>
        <translation>Datos del %1 (%2)</translation>
    </message>
    <message>
        <source>No clients yet. Add one under Clients (Ctrl+N) or import a list (Ctrl+I).</source>
        <translation>Aún no hay clientes. Añada uno en Clientes (Ctrl+N) o importe una lista (Ctrl+I).</translation>
    </message>
    <message>
        <source>%1 clients monitored, %2 paused</source>
        <translation>Clientes supervisados: %1 · en pausa: %2</translation>
    </message>
    <message>
        <source>No clients</source>
        <translation>Sin clientes</translation>
    </message>
    <message numerus="yes">
        <source>%n down</source>
        <translation>
            <numerusform>%n caído</numerusform>
            <numerusform>%n caídos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n degraded</source>
        <translation>
            <numerusform>%n degradado</numerusform>
            <numerusform>%n degradados</numerusform>
        </translation>
    </message>
    <message>
        <source>All %1 up</source>
        <translation>Todos operativos (%1)</translation>
    </message>
    <message>
        <source>%1 up · %2 degraded · %3 down · %4 unknown</source>
        <translation>Operativos: %1 · degradados: %2 · caídos: %3 · desconocidos: %4</translation>
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
        <translation>La latencia aparece tras la primera comprobación.</translation>
    </message>
    <message>
        <source>Latency over the last hour</source>
        <translation>Latencia de la última hora</translation>
    </message>
    <message>
        <source>No HTTPS endpoints</source>
        <translation>Ninguna URL HTTPS</translation>
    </message>
    <message>
        <source>Valid until %1. %2</source>
        <translation>Válido hasta %1. %2</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>All %1 OK</source>
        <translation>Todas correctas (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n failing</source>
        <translation>
            <numerusform>%n con fallos</numerusform>
            <numerusform>%n con fallos</numerusform>
        </translation>
    </message>
    <message>
        <source>failing</source>
        <translation>con fallos</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>aún no</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Open the alerts (Ctrl+4)</source>
        <translation>Abrir las alertas (Ctrl+4)</translation>
    </message>
    <message>
        <source>Not evaluated yet</source>
        <translation>Aún sin evaluar</translation>
    </message>
    <message>
        <source>Nothing needs attention</source>
        <translation>Nada requiere atención</translation>
    </message>
    <message>
        <source>1 needs attention</source>
        <translation>1 requiere atención</translation>
    </message>
    <message>
        <source>%1 need attention</source>
        <translation>%1 requieren atención</translation>
    </message>
    <message>
        <source>Evaluated %1</source>
        <translation>Evaluado %1</translation>
    </message>
    <message>
        <source>%1 pending · %2 acknowledged · %3 silenced</source>
        <translation>%1 pendientes · %2 confirmadas · %3 silenciadas</translation>
    </message>
    <message>
        <source>Newest firing</source>
        <translation>Alerta activada más reciente</translation>
    </message>
    <message>
        <source>No alert is firing without someone on it.</source>
        <translation>No hay ninguna alerta activa sin alguien que se encargue.</translation>
    </message>
    <message>
        <source>Alerts appear after the first checks.</source>
        <translation>Las alertas aparecen tras las primeras comprobaciones.</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Open the WhatsApp numbers (Ctrl+5)</source>
        <translation>Abrir los números de WhatsApp (Ctrl+5)</translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation>Sin configurar</translation>
    </message>
    <message>
        <source>Add Evolution API to the profile to watch every client&apos;s WhatsApp number.</source>
        <translation>Añadir Evolution API al perfil para vigilar el número de WhatsApp de cada cliente.</translation>
    </message>
    <message>
        <source>Cannot be checked</source>
        <translation>No se puede comprobar</translation>
    </message>
    <message>
        <source>%1 of %2 connected</source>
        <translation>%1 de %2 conectados</translation>
    </message>
    <message>
        <source>Every paired number is connected.</source>
        <translation>Todos los números vinculados están conectados.</translation>
    </message>
    <message>
        <source>The numbers appear after the first check.</source>
        <translation>Los números aparecen tras la primera comprobación.</translation>
    </message>
    <message numerus="yes">
        <source>%n connected</source>
        <translation>
            <numerusform>%n conectada</numerusform>
            <numerusform>%n conectadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en espera</numerusform>
            <numerusform>%n en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disconnected</source>
        <translation>
            <numerusform>%n desconectada</numerusform>
            <numerusform>%n desconectadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fleetdeck::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language applies the next time Fleetdeck starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie Fleetdeck.</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>&amp;Mantener en la bandeja del sistema al cerrar la ventana</translation>
    </message>
    <message>
        <source>Fleetdeck then goes on watching the fleet and notifying you; quit it from the tray menu.</source>
        <translation>Así Fleetdeck sigue vigilando la flota y enviando avisos; para salir, usar el menú de la bandeja.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Type the client&apos;s &amp;name from:</source>
        <translation>Pedir el &amp;nombre del cliente desde:</translation>
    </message>
    <message>
        <source>Suspending or removing a client whose plan costs at least this much asks you to type the client&apos;s name first. 0 asks for every client.</source>
        <translation>Para suspender o eliminar un cliente cuyo plan cueste al menos esta cantidad, primero hay que escribir el nombre del cliente. Con 0 se pide para todos los clientes.</translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation>%1 al mes</translation>
    </message>
    <message>
        <source>Plan price in %1 per month</source>
        <translation>Precio del plan en %1 al mes</translation>
    </message>
    <message>
        <source>Notify me about new alerts that are:</source>
        <translation>Avisarme de alertas nuevas de gravedad:</translation>
    </message>
    <message>
        <source>&amp;Low</source>
        <translation>&amp;Baja</translation>
    </message>
    <message>
        <source>&amp;Medium</source>
        <translation>M&amp;edia</translation>
    </message>
    <message>
        <source>&amp;High</source>
        <translation>&amp;Alta</translation>
    </message>
    <message>
        <source>&amp;Critical</source>
        <translation>&amp;Crítica</translation>
    </message>
    <message>
        <source>&amp;Quiet hours from</source>
        <translation>Horas de &amp;silencio desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Critical alerts still notify during quiet hours</source>
        <translation>Las alertas críticas avisan también durante las horas de silencio</translation>
    </message>
    <message>
        <source>Muted clients (from the tray menu):</source>
        <translation>Clientes silenciados (desde el menú de la bandeja):</translation>
    </message>
    <message>
        <source>&amp;Unmute</source>
        <translation>&amp;Reactivar avisos</translation>
    </message>
    <message>
        <source>%1 — until %2</source>
        <translation>%1 — hasta %2</translation>
    </message>
    <message>
        <source>Nobody is muted.</source>
        <translation>No hay nadie silenciado.</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::ProfileEditorDialog</name>
    <message>
        <source>New profile</source>
        <translation>Nuevo perfil</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Health checks</source>
        <translation>Comprobaciones de estado</translation>
    </message>
    <message>
        <source>A profile says which services Fleetdeck watches and where. It holds no keys: those go to the system keychain.</source>
        <translation>Un perfil indica qué servicios vigila Fleetdeck y dónde. No contiene claves: estas se guardan en el llavero del sistema.</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>p. ej., Producción</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Secure connections</source>
        <translation>Conexiones seguras</translation>
    </message>
    <message>
        <source>&amp;Allow keys over plain http:// to other computers</source>
        <translation>Per&amp;mitir claves por http:// sin cifrar hacia otros equipos</translation>
    </message>
    <message>
        <source>Fleetdeck sends API keys and passwords only over https://, or over http:// to this computer. Anyone on the way can read a key sent over plain http://, so allow it only on a network you trust completely, such as a VPN or a private network between your servers.</source>
        <translation>Fleetdeck solo envía claves de API y contraseñas por https://, o por http:// a este mismo equipo. Cualquiera que esté en el camino puede leer una clave enviada por http:// sin cifrar, así que solo conviene permitirlo en una red de total confianza, como una VPN o una red privada entre sus servidores.</translation>
    </message>
    <message>
        <source>none: only the system&apos;s certificate authorities</source>
        <translation>ninguno: solo las autoridades de certificación del sistema</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation>Archivo de &amp;CA adicional:</translation>
    </message>
    <message>
        <source>A PEM file with the certificate authority of self-hosted services that use a private CA. The system&apos;s authorities stay trusted.</source>
        <translation>Un archivo PEM con la autoridad de certificación de los servicios autoalojados que usan una CA privada. Las autoridades del sistema siguen siendo de confianza.</translation>
    </message>
    <message>
        <source>This profile also carries certificates of its own (imported with it); they are kept.</source>
        <translation>Este perfil también incluye certificados propios (importados con él); se conservan.</translation>
    </message>
    <message>
        <source>The registry lists your clients, their plans and the audit log. A SQLite file suits one person; the platform&apos;s PostgreSQL lets the whole team, and read-only support staff, share it.</source>
        <translation>El registro contiene sus clientes, sus planes y el registro de cambios. Un archivo SQLite basta para una sola persona; el PostgreSQL de la plataforma permite compartirlo con todo el equipo, incluido el personal de soporte con acceso de solo lectura.</translation>
    </message>
    <message>
        <source>SQLite file on this computer</source>
        <translation>Archivo SQLite en este equipo</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>Servidor PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>Ser&amp;vidor:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>Pue&amp;rto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>Keychain &amp;entry:</source>
        <translation>Entrada del &amp;llavero:</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Probar</translation>
    </message>
    <message>
        <source>Open the registry and report its schema and whether it can be changed</source>
        <translation>Abrir el registro e informar de su esquema y de si se puede modificar</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>Fleetdeck asks every client&apos;s site whether it is up, and calls it degraded when the answer is slow.</source>
        <translation>Fleetdeck pregunta al sitio de cada cliente si está operativo y lo considera degradado cuando la respuesta es lenta.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Check &amp;every:</source>
        <translation>Comprobar &amp;cada:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Degraded above:</source>
        <translation>&amp;Degradado a partir de:</translation>
    </message>
    <message>
        <source>Down af&amp;ter:</source>
        <translation>Caído &amp;tras:</translation>
    </message>
    <message>
        <source>&amp;Parallel checks:</source>
        <translation>Comprobaciones en &amp;paralelo:</translation>
    </message>
    <message>
        <source>A site that takes longer than &quot;Down after&quot; to answer counts as down. More parallel checks finish a large fleet sooner but load this computer&apos;s network more.</source>
        <translation>Un sitio que tarda en responder más que &quot;Caído tras&quot; cuenta como caído. Con más comprobaciones en paralelo, una flota grande se revisa antes, pero se carga más la red de este equipo.</translation>
    </message>
    <message>
        <source>WhatsApp numbers of every client. The global API key is AUTHENTICATION_API_KEY in the Evolution API server&apos;s environment.</source>
        <translation>Los números de WhatsApp de todos los clientes. La clave de API global es AUTHENTICATION_API_KEY en el entorno del servidor de Evolution API.</translation>
    </message>
    <message>
        <source>Global API &amp;key:</source>
        <translation>&amp;Clave de API global:</translation>
    </message>
    <message>
        <source>Automations and their executions. Create an API key in n8n under Settings → n8n API.</source>
        <translation>Automatizaciones y sus ejecuciones. La clave de API se crea en n8n, en Settings → n8n API.</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <source>Subscriptions, invoices and revenue. Prefer a restricted key (rk_…) with read access to the full-access secret key (sk_…).</source>
        <translation>Suscripciones, facturas e ingresos. Mejor una clave restringida (rk_…) con acceso de lectura que la clave secreta de acceso total (sk_…).</translation>
    </message>
    <message>
        <source>Restricted &amp;key:</source>
        <translation>&amp;Clave restringida:</translation>
    </message>
    <message>
        <source>Uptime, latency and certificate expiry from the exporters. Leave the token empty unless a proxy in front of Prometheus asks for one (a bearer token, or user:password).</source>
        <translation>Disponibilidad, latencia y caducidad de certificados, según los exporters. Dejar el token vacío salvo que un proxy delante de Prometheus lo pida (un token bearer o usuario:contraseña).</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Token de acceso:</translation>
    </message>
    <message>
        <source>Firing alerts and silences. Leave the token empty unless a proxy in front of Alertmanager asks for one (a bearer token, or user:password).</source>
        <translation>Alertas activas y silencios. Dejar el token vacío salvo que un proxy delante de Alertmanager lo pida (un token bearer o usuario:contraseña).</translation>
    </message>
    <message>
        <source>Every client has its own Mautic. Fleetdeck signs in as a Mautic user: switch on the API and HTTP basic auth in Mautic&apos;s API settings. The URL is where the clients&apos; Mautic instances live; the test asks one client.</source>
        <translation>Cada cliente tiene su propio Mautic. Fleetdeck inicia sesión como un usuario de Mautic: activar la API y la autenticación HTTP básica en la configuración de API de Mautic. La URL es donde se alojan las instancias de Mautic de los clientes; la prueba consulta a un cliente.</translation>
    </message>
    <message>
        <source>&amp;Watch %1 in this profile</source>
        <translation>&amp;Vigilar %1 en este perfil</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Default (%1 s)</source>
        <translation>Predeterminado (%1 s)</translation>
    </message>
    <message>
        <source>Refresh &amp;every:</source>
        <translation>&amp;Actualizar cada:</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>Tiempo de &amp;espera:</translation>
    </message>
    <message>
        <source>The name of the keychain entry that holds the key; empty uses the name shown</source>
        <translation>El nombre de la entrada del llavero que guarda la clave; si se deja vacío, se usa el nombre mostrado</translation>
    </message>
    <message>
        <source>Keychain e&amp;ntry:</source>
        <translation>E&amp;ntrada del llavero:</translation>
    </message>
    <message>
        <source>a client&apos;s slug (e.g. acme) or its Mautic address</source>
        <translation>el slug de un cliente (p. ej., acme) o su dirección de Mautic</translation>
    </message>
    <message>
        <source>Test a&amp;gainst client:</source>
        <translation>Probar con el c&amp;liente:</translation>
    </message>
    <message>
        <source>Ask %1 once with this URL and key</source>
        <translation>Consultar %1 una vez con esta URL y esta clave</translation>
    </message>
    <message>
        <source>Edit profile “%1”</source>
        <translation>Editar perfil “%1”</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>predeterminado: %1</translation>
    </message>
    <message>
        <source>stored in the keychain — type to replace</source>
        <translation>guardada en el llavero — escribir para reemplazarla</translation>
    </message>
    <message>
        <source>user:password — not stored yet</source>
        <translation>usuario:contraseña — aún sin guardar</translation>
    </message>
    <message>
        <source>not stored yet — type the key</source>
        <translation>aún sin guardar — escribir la clave</translation>
    </message>
    <message>
        <source>optional — only when a proxy asks for one</source>
        <translation>opcional — solo si un proxy lo pide</translation>
    </message>
    <message>
        <source>not stored yet</source>
        <translation>aún sin guardar</translation>
    </message>
    <message>
        <source>This section has a problem to fix</source>
        <translation>Esta sección tiene un problema que corregir</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Falta el nombre del perfil.</translation>
    </message>
    <message>
        <source>Enter the name of the PostgreSQL database.</source>
        <translation>Escribir el nombre de la base de datos PostgreSQL.</translation>
    </message>
    <message>
        <source>Enter the PostgreSQL user name.</source>
        <translation>Escribir el nombre de usuario de PostgreSQL.</translation>
    </message>
    <message>
        <source>Enter an http:// or https:// address, for example %1.</source>
        <translation>Escribir una dirección http:// o https://, por ejemplo %1.</translation>
    </message>
    <message>
        <source>A profile named “%1” exists already; choose another name.</source>
        <translation>Ya existe un perfil llamado “%1”; elegir otro nombre.</translation>
    </message>
    <message>
        <source>Enter the full path of the file, or leave the field empty for the default.</source>
        <translation>Escribir la ruta completa del archivo o dejar el campo vacío para usar la predeterminada.</translation>
    </message>
    <message>
        <source>Type the Mautic user and password as user:password.</source>
        <translation>Escribir el usuario y la contraseña de Mautic como usuario:contraseña.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>No se guardó.</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: fix the %n marked field(s).</source>
        <translation>
            <numerusform>No se guardó: hay %n campo marcado que corregir.</numerusform>
            <numerusform>No se guardó: hay %n campos marcados que corregir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
    <message>
        <source>The extra CA file</source>
        <translation>El archivo de CA adicional</translation>
    </message>
    <message>
        <source>Opened %1: read-only, schema version %2. Fleetdeck can show the clients but not change them over this connection.</source>
        <translation>Se abrió %1: solo lectura, versión del esquema %2. Fleetdeck puede mostrar los clientes, pero no modificarlos con esta conexión.</translation>
    </message>
    <message>
        <source>Opened %1: read-write, schema version %2.</source>
        <translation>Se abrió %1: lectura y escritura, versión del esquema %2.</translation>
    </message>
    <message>
        <source>There was no registry there, so an empty one was created.</source>
        <translation>No había ningún registro ahí, así que se creó uno vacío.</translation>
    </message>
    <message>
        <source>Registry file</source>
        <translation>Archivo del registro</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db)</source>
        <translation>Bases de datos SQLite (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Extra CA certificates</source>
        <translation>Certificados de CA adicionales</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer)</source>
        <translation>Certificados PEM (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>User:&amp;password:</source>
        <translation>Usuario:&amp;contraseña:</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::Session</name>
    <message>
        <source>The demo simulator could not start: %1</source>
        <translation>No se pudo iniciar el simulador de la demo: %1</translation>
    </message>
    <message>
        <source>The demo profile is invalid: %1</source>
        <translation>El perfil de la demo no es válido: %1</translation>
    </message>
    <message>
        <source>No profile is configured. Try &quot;fleetdeck status --demo&quot;, or import one with &quot;fleetdeck profiles import FILE&quot;.</source>
        <translation>No hay ningún perfil configurado. Probar &quot;fleetdeck status --demo&quot; o importar uno con &quot;fleetdeck profiles import FILE&quot;.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot; and no profile at all. Import one with &quot;fleetdeck profiles import FILE&quot;.</source>
        <translation>No hay ningún perfil llamado &quot;%1&quot; ni ningún otro perfil. Importar uno con &quot;fleetdeck profiles import FILE&quot;.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot; (known: %2).</source>
        <translation>No hay ningún perfil llamado &quot;%1&quot; (conocidos: %2).</translation>
    </message>
    <message>
        <source>The local cache %1 cannot be used (%2); Fleetdeck works without history this time.</source>
        <translation>No se puede usar la caché local %1 (%2); esta vez Fleetdeck funciona sin historial.</translation>
    </message>
    <message>
        <source>The registry</source>
        <translation>El registro</translation>
    </message>
    <message>
        <source>Seeding the demo registry failed: %1</source>
        <translation>Falló la carga de datos iniciales en el registro de la demo: %1</translation>
    </message>
    <message>
        <source>The registry password could not be read: %1</source>
        <translation>No se pudo leer la contraseña del registro: %1</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>%1. There is no cached client list to fall back on.</source>
        <translation>%1. No hay ninguna lista de clientes en caché a la que recurrir.</translation>
    </message>
    <message>
        <source>%1. The cached client list is unusable: %2</source>
        <translation>%1. La lista de clientes en caché no se puede usar: %2</translation>
    </message>
    <message>
        <source>%1 Showing the client list cached %2.</source>
        <translation>%1 Se muestra la lista de clientes guardada en caché el %2.</translation>
    </message>
    <message>
        <source>The registry is not open</source>
        <translation>El registro no está abierto</translation>
    </message>
    <message>
        <source>The local cache</source>
        <translation>La caché local</translation>
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
        <translation>No se pudo leer su secreto: %1</translation>
    </message>
    <message>
        <source>Evolution API</source>
        <translation>Evolution API</translation>
    </message>
    <message>
        <source>Only the demo has a simulated phone.</source>
        <translation>Solo la demostración tiene un teléfono simulado.</translation>
    </message>
    <message>
        <source>the demo phone</source>
        <translation>el teléfono de demostración</translation>
    </message>
    <message>
        <source>The demo phone could not scan this code (it is no longer the current one); wait for the next.</source>
        <translation>El teléfono de demostración no pudo escanear este código (ya no es el actual); espere al siguiente.</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::TenantEditorDialog</name>
    <message>
        <source>Add client</source>
        <translation>Añadir cliente</translation>
    </message>
    <message>
        <source>No plan</source>
        <translation>Sin plan</translation>
    </message>
    <message>
        <source>%1 — %2 per %3</source>
        <translation>%1 — %2 por %3</translation>
    </message>
    <message>
        <source>e.g. Pizza Co</source>
        <translation>p. ej., Pizza Co</translation>
    </message>
    <message>
        <source>lower-case letters, digits and dashes</source>
        <translation>letras minúsculas, números y guiones</translation>
    </message>
    <message>
        <source>e-mail or phone of the person to call</source>
        <translation>correo electrónico o teléfono de la persona de contacto</translation>
    </message>
    <message>
        <source>One URL per line, e.g. https://pizzaco.example/health</source>
        <translation>Una URL por línea, p. ej., https://pizzaco.example/health</translation>
    </message>
    <message>
        <source>server the client runs on, e.g. srv-2</source>
        <translation>servidor donde funciona el cliente, p. ej., srv-2</translation>
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
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Slug</source>
        <translation>&amp;Slug</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contacto</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>&amp;Health URLs</source>
        <translation>&amp;URL de comprobación</translation>
    </message>
    <message>
        <source>H&amp;ost</source>
        <translation>Ser&amp;vidor</translation>
    </message>
    <message>
        <source>&amp;Mautic URL</source>
        <translation>URL de &amp;Mautic</translation>
    </message>
    <message>
        <source>&amp;Evolution instance</source>
        <translation>&amp;Instancia de Evolution</translation>
    </message>
    <message>
        <source>n8n ta&amp;g</source>
        <translation>Etique&amp;ta de n8n</translation>
    </message>
    <message>
        <source>St&amp;ripe customer</source>
        <translation>Cliente de St&amp;ripe</translation>
    </message>
    <message>
        <source>GHL &amp;location</source>
        <translation>Ubicación de &amp;GHL</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>The slug identifies the client everywhere; it cannot change.</source>
        <translation>El slug identifica al cliente en todas partes; no se puede cambiar.</translation>
    </message>
    <message>
        <source>Give the client a name.</source>
        <translation>Falta el nombre del cliente.</translation>
    </message>
    <message>
        <source>The slug &quot;%1&quot; is not valid: use lower-case letters, digits and dashes (at most 63).</source>
        <translation>El slug &quot;%1&quot; no es válido: usar letras minúsculas, números y guiones (63 como máximo).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>&quot;%1&quot; no es una dirección http:// o https://.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>year</source>
        <translation>año</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n año</numerusform>
            <numerusform>%n años</numerusform>
        </translation>
    </message>
    <message>
        <source>week</source>
        <translation>semana</translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n semana</numerusform>
            <numerusform>%n semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
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
        <translation>en pausa</translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (desactualizado)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Stale: %1</source>
        <translation>Desactualizado: %1</translation>
    </message>
    <message>
        <source>not checked recently</source>
        <translation>sin comprobar recientemente</translation>
    </message>
    <message>
        <source>Certificate valid until %1</source>
        <translation>Certificado válido hasta %1</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <source>TLS expires</source>
        <translation>Caducidad TLS</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Última comprobación</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::TenantsPanel</name>
    <message>
        <source>&amp;Add client</source>
        <translation>&amp;Añadir cliente</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation>&amp;Suspender</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>&amp;Copy status report</source>
        <translation>&amp;Copiar informe de estado</translation>
    </message>
    <message>
        <source>Filter by name, slug, plan, host, URL…</source>
        <translation>Filtrar por nombre, slug, plan, servidor, URL…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Estado: todos</translation>
    </message>
    <message>
        <source>Any health</source>
        <translation>Salud: todas</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Desactualizado</translation>
    </message>
    <message>
        <source>Add a client to the registry (Ctrl+N)</source>
        <translation>Añadir un cliente al registro (Ctrl+N)</translation>
    </message>
    <message>
        <source>Import clients from a CSV or JSON file, with a preview first (Ctrl+I)</source>
        <translation>Importar clientes desde un archivo CSV o JSON, con vista previa (Ctrl+I)</translation>
    </message>
    <message>
        <source>Copy a Markdown summary of this client for a support ticket (Ctrl+Shift+C)</source>
        <translation>Copiar un resumen en Markdown de este cliente para un ticket de soporte (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Suspend…</source>
        <translation>Suspender…</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reactivar</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Copy status report</source>
        <translation>Copiar informe de estado</translation>
    </message>
    <message>
        <source>This is a read-only (support) connection to the registry: changes are made by someone with write access.</source>
        <translation>Esta es una conexión de solo lectura (soporte) al registro: los cambios los hace alguien con permiso de escritura.</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Reac&amp;tivar</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n cliente</numerusform>
            <numerusform>%n clientes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 de %2 mostrados</translation>
    </message>
    <message>
        <source>No clients in the registry yet.</source>
        <translation>Aún no hay clientes en el registro.</translation>
    </message>
    <message>
        <source>No clients yet.
Add one with Ctrl+N, or import a list with Ctrl+I.</source>
        <translation>Aún no hay clientes.
Añada uno con Ctrl+N o importe una lista con Ctrl+I.</translation>
    </message>
    <message>
        <source>No client matches these filters.
Clear the search (Esc) or choose &quot;Any health&quot;.</source>
        <translation>Ningún cliente coincide con estos filtros.
Borre la búsqueda (Esc) o elija &quot;Salud: todas&quot;.</translation>
    </message>
    <message>
        <source>Select a client to see everything Fleetdeck knows about it.</source>
        <translation>Seleccione un cliente para ver todo lo que Fleetdeck sabe de él.</translation>
    </message>
    <message>
        <source>not monitored</source>
        <translation>sin supervisar</translation>
    </message>
    <message>
        <source>Stale: %1</source>
        <translation>Desactualizado: %1</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Última comprobación</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
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
        <translation>Certificado TLS</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Client since</source>
        <translation>Cliente desde</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Mautic</source>
        <translation>Mautic</translation>
    </message>
    <message>
        <source>Evolution instance</source>
        <translation>Instancia de Evolution</translation>
    </message>
    <message>
        <source>n8n tag</source>
        <translation>Etiqueta de n8n</translation>
    </message>
    <message>
        <source>Stripe customer</source>
        <translation>Cliente de Stripe</translation>
    </message>
    <message>
        <source>GHL location</source>
        <translation>Ubicación de GHL</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Health endpoints</source>
        <translation>URL de comprobación</translation>
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
        <translation>Sin URL de comprobación: añada una (Editar) para que Fleetdeck pueda comprobar este cliente.</translation>
    </message>
    <message>
        <source>The registry</source>
        <translation>El registro</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Se añadió %1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <source>Suspend %1?</source>
        <translation>¿Suspender %1?</translation>
    </message>
    <message>
        <source>%1 will no longer be checked and is shown as paused. Its data stays; you can reactivate it later.</source>
        <translation>%1 dejará de comprobarse y se mostrará en pausa. Sus datos se conservan; se puede reactivar más adelante.</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspender</translation>
    </message>
    <message>
        <source>Suspended %1.</source>
        <translation>Se suspendió %1.</translation>
    </message>
    <message>
        <source>Reactivated %1.</source>
        <translation>Se reactivó %1.</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>¿Eliminar %1?</translation>
    </message>
    <message>
        <source>%1 and its endpoints will be removed from the registry. The audit log keeps a record of the removal. This cannot be undone from Fleetdeck.</source>
        <translation>%1 y sus URL de comprobación se eliminarán del registro. El registro de cambios guardará constancia de la eliminación. Esto no se puede deshacer desde Fleetdeck.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Se eliminó %1.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n client(s).</source>
        <translation>
            <numerusform>Se importó %n cliente.</numerusform>
            <numerusform>Se importaron %n clientes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the status report of %1.</source>
        <translation>Se copió el informe de estado de %1.</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::TrayIcon</name>
    <message>
        <source>Fleetdeck — no clients monitored</source>
        <translation>Fleetdeck — ningún cliente supervisado</translation>
    </message>
    <message>
        <source>Fleetdeck — all %1 clients up</source>
        <translation>Fleetdeck — los %1 clientes operativos</translation>
    </message>
    <message>
        <source>Fleetdeck — %1 down, %2 degraded, %3 up</source>
        <translation>Fleetdeck — caídos: %1, degradados: %2, operativos: %3</translation>
    </message>
    <message>
        <source>Show Fleetdeck</source>
        <translation>Mostrar Fleetdeck</translation>
    </message>
    <message>
        <source>Nothing is down</source>
        <translation>Ningún sitio caído</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Aún sin comprobar</translation>
    </message>
    <message>
        <source>Down:</source>
        <translation>Caídos:</translation>
    </message>
    <message>
        <source>…and %1 more</source>
        <translation>…y %1 más</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Actualizar ahora</translation>
    </message>
    <message>
        <source>Quit Fleetdeck</source>
        <translation>Salir de Fleetdeck</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) need attention</source>
        <translation>
            <numerusform>%n alerta requiere atención</numerusform>
            <numerusform>%n alertas requieren atención</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>Resuelta: %1</translation>
    </message>
    <message>
        <source>Still %1: %2</source>
        <translation>Sigue %1: %2</translation>
    </message>
    <message>
        <source>Now %1: %2</source>
        <translation>Ahora %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Needs attention:</source>
        <translation>Requieren atención:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message numerus="yes">
        <source>Mute notifications about %1 for %n hour(s)</source>
        <translation>
            <numerusform>Silenciar los avisos de %1 durante %n hora</numerusform>
            <numerusform>Silenciar los avisos de %1 durante %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>Muted (%1)</source>
        <translation>Silenciado (%1)</translation>
    </message>
    <message>
        <source>Unmute %1 (muted until %2)</source>
        <translation>Reactivar avisos de %1 (silenciado hasta %2)</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::WhatsAppPairing</name>
    <message>
        <source>Evolution API is not set up in this profile; add its URL and API key first.</source>
        <translation>Falta configurar Evolution API en este perfil; añadir primero su URL y su clave de API.</translation>
    </message>
    <message>
        <source>Evolution API did not answer (%1); trying again.</source>
        <translation>Evolution API no respondió (%1); se vuelve a intentar.</translation>
    </message>
    <message>
        <source>Evolution API could not start pairing (it said &quot;%1&quot;). The instance may not be loaded on the server: restart it from the WhatsApp panel, then pair again.</source>
        <translation>Evolution API no pudo iniciar la vinculación (respondió &quot;%1&quot;). Puede que la instancia no esté cargada en el servidor: reiniciarla desde el panel WhatsApp y volver a vincularla.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>WhatsApp has not issued a code for %1 s. The server may not reach WhatsApp (check its network and its logs), then start again.</source>
        <translation>WhatsApp no ha emitido ningún código en %1 s. Puede que el servidor no llegue a WhatsApp (revisar su red y sus logs); después, empezar de nuevo.</translation>
    </message>
    <message>
        <source>None of the %1 codes was scanned, so Evolution API stopped pairing (its limit is %2 codes). Start again when the phone is at hand: WhatsApp → Linked devices → Link a device.</source>
        <translation>No se escaneó ninguno de los %1 códigos, así que Evolution API detuvo la vinculación (su límite es de %2 códigos). Empezar de nuevo cuando se tenga el teléfono a mano: WhatsApp → Dispositivos vinculados → Vincular un dispositivo.</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::WhatsAppPairingDialog</name>
    <message>
        <source>&amp;Get code</source>
        <translation>&amp;Obtener código</translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation>&amp;Empezar de nuevo</translation>
    </message>
    <message>
        <source>Pair WhatsApp</source>
        <translation>Vincular WhatsApp</translation>
    </message>
    <message>
        <source>Pair WhatsApp: %1</source>
        <translation>Vincular WhatsApp: %1</translation>
    </message>
    <message>
        <source>Evolution instance %1</source>
        <translation>Instancia de Evolution %1</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Código QR</translation>
    </message>
    <message>
        <source>Code for a phone number</source>
        <translation>Código para un número de teléfono</translation>
    </message>
    <message>
        <source>On the phone: WhatsApp → Settings → Linked devices → Link a device, then point the camera at the code.</source>
        <translation>En el teléfono: WhatsApp → Ajustes → Dispositivos vinculados → Vincular un dispositivo, y luego apuntar la cámara al código.</translation>
    </message>
    <message>
        <source>When the phone cannot scan: enter its WhatsApp number with the country code, then type the code on the phone under WhatsApp → Linked devices → Link a device → Link with phone number instead.</source>
        <translation>Si el teléfono no puede escanear: escribir su número de WhatsApp con el prefijo del país y luego introducir el código en el teléfono, en WhatsApp → Dispositivos vinculados → Vincular un dispositivo → Vincular con el número de teléfono.</translation>
    </message>
    <message>
        <source>e.g. +55 11 99999 0000</source>
        <translation>p. ej. +55 11 99999 0000</translation>
    </message>
    <message>
        <source>Enter the full number with its country code (at least 8 digits).</source>
        <translation>Escribir el número completo con el prefijo del país (al menos 8 dígitos).</translation>
    </message>
    <message>
        <source>The server sent a code that cannot be drawn.</source>
        <translation>El servidor envió un código que no se puede dibujar.</translation>
    </message>
    <message>
        <source>Asking Evolution API to start pairing…</source>
        <translation>Pidiendo a Evolution API que inicie la vinculación…</translation>
    </message>
    <message>
        <source>Waiting for WhatsApp to issue a code…
This usually takes a few seconds.</source>
        <translation>Esperando a que WhatsApp emita un código…
Suele tardar unos segundos.</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Conectado.</translation>
    </message>
    <message>
        <source>Code %1 of %2 · a new code in about %3 s</source>
        <translation>Código %1 de %2 · nuevo código en unos %3 s</translation>
    </message>
    <message>
        <source>Code %1 of %2 · a new code any moment</source>
        <translation>Código %1 de %2 · nuevo código en cualquier momento</translation>
    </message>
    <message>
        <source>Scan with the demo phone</source>
        <translation>Escanear con el teléfono de demostración</translation>
    </message>
    <message>
        <source>Demo only: the simulated phone scans the code on screen</source>
        <translation>Solo en la demostración: el teléfono simulado escanea el código en pantalla</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::WhatsAppPanel</name>
    <message>
        <source>&amp;Pair…</source>
        <translation>V&amp;incular…</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Reiniciar</translation>
    </message>
    <message>
        <source>&amp;Log out…</source>
        <translation>Cerrar &amp;sesión…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Send &amp;test message…</source>
        <translation>Enviar mensaje de &amp;prueba…</translation>
    </message>
    <message>
        <source>&amp;Assign to client…</source>
        <translation>Asig&amp;nar a un cliente…</translation>
    </message>
    <message>
        <source>&amp;Open client</source>
        <translation>A&amp;brir cliente</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Search clients, instances, numbers…</source>
        <translation>Buscar clientes, instancias, números…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectadas</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Desconectadas</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Pairing, never paired, logged out, or not loaded</source>
        <translation>Vinculando, nunca vinculadas, con la sesión cerrada o sin cargar</translation>
    </message>
    <message>
        <source>Was connected and is not, or says it is connected while sending fails</source>
        <translation>Estaba conectada y ya no lo está, o dice estar conectada mientras el envío falla</translation>
    </message>
    <message>
        <source>Show the QR code to link this number (P)</source>
        <translation>Mostrar el código QR para vincular este número (P)</translation>
    </message>
    <message>
        <source>Restart the WhatsApp connection (R)</source>
        <translation>Reiniciar la conexión de WhatsApp (R)</translation>
    </message>
    <message>
        <source>Unlink the phone; the instance stays and can be paired again (L)</source>
        <translation>Desvincular el teléfono; la instancia se mantiene y se puede volver a vincular (L)</translation>
    </message>
    <message>
        <source>Delete the instance from Evolution API (Del)</source>
        <translation>Eliminar la instancia de Evolution API (Supr)</translation>
    </message>
    <message>
        <source>Send a text message to check that sending works (T)</source>
        <translation>Enviar un mensaje de texto para comprobar que el envío funciona (T)</translation>
    </message>
    <message>
        <source>Name this instance in a client&apos;s record (A)</source>
        <translation>Indicar esta instancia en la ficha de un cliente (A)</translation>
    </message>
    <message>
        <source>Open the client (Enter)</source>
        <translation>Abrir el cliente (Intro)</translation>
    </message>
    <message>
        <source>Evolution API is not set up in this profile.</source>
        <translation>Falta configurar Evolution API en este perfil.</translation>
    </message>
    <message>
        <source>Add the Evolution API server&apos;s URL and the name of its API key under File → Profiles, then store the key in the keychain; Fleetdeck then lists every WhatsApp number here.</source>
        <translation>Añadir en Archivo → Perfiles la URL del servidor de Evolution API y el nombre de su clave de API, y guardar la clave en el llavero; entonces Fleetdeck listará aquí todos los números de WhatsApp.</translation>
    </message>
    <message>
        <source>checked %1</source>
        <translation>comprobado %1</translation>
    </message>
    <message>
        <source>%1 The list shows what was known %2.</source>
        <translation>%1 La lista muestra lo que se sabía %2.</translation>
    </message>
    <message>
        <source>Showing the last known state from %1; asking Evolution API…</source>
        <translation>Se muestra el último estado conocido (%1); consultando a Evolution API…</translation>
    </message>
    <message>
        <source>Asking Evolution API for its instances…</source>
        <translation>Consultando a Evolution API sus instancias…</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n instancia</numerusform>
            <numerusform>%n instancias</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 de %2 mostradas</translation>
    </message>
    <message>
        <source>Evolution API has no instances yet. Create one for a client on the server (its manager), name it in the client&apos;s record, then pair it here.</source>
        <translation>Evolution API aún no tiene instancias. Crear una para un cliente en el servidor (en su manager), indicarla en la ficha del cliente y luego vincularla aquí.</translation>
    </message>
    <message>
        <source>No WhatsApp instances are known yet.</source>
        <translation>Aún no se conoce ninguna instancia de WhatsApp.</translation>
    </message>
    <message>
        <source>No instance matches this filter. Choose &quot;All&quot; or clear the search.</source>
        <translation>Ninguna instancia coincide con este filtro. Elegir &quot;Todas&quot; o borrar la búsqueda.</translation>
    </message>
    <message>
        <source>The registry is read-only for you</source>
        <translation>El registro es de solo lectura para usted</translation>
    </message>
    <message>
        <source>Already connected</source>
        <translation>Ya está conectado</translation>
    </message>
    <message>
        <source>its number</source>
        <translation>su número</translation>
    </message>
    <message>
        <source>WhatsApp of %1 is connected: %2.</source>
        <translation>El WhatsApp de %1 está conectado: %2.</translation>
    </message>
    <message>
        <source>WhatsApp of %1 is connected: %2 (%3).</source>
        <translation>El WhatsApp de %1 está conectado: %2 (%3).</translation>
    </message>
    <message>
        <source>Restarting the WhatsApp connection of %1…</source>
        <translation>Reiniciando la conexión de WhatsApp de %1…</translation>
    </message>
    <message>
        <source>%1&apos;s WhatsApp says it is connected, but the connection is closed. Log it out and pair it again.</source>
        <translation>El WhatsApp de %1 dice estar conectado, pero la conexión está cerrada. Cerrar la sesión y volver a vincularlo.</translation>
    </message>
    <message>
        <source>Could not restart %1: %2</source>
        <translation>No se pudo reiniciar %1: %2</translation>
    </message>
    <message>
        <source>Evolution API could not restart %1 (it said &quot;%2&quot;); the instance is not connected. Pair it instead.</source>
        <translation>Evolution API no pudo reiniciar %1 (respondió &quot;%2&quot;); la instancia no está conectada. Vincularla en su lugar.</translation>
    </message>
    <message>
        <source>%1&apos;s WhatsApp restarted and is connected.</source>
        <translation>El WhatsApp de %1 se reinició y está conectado.</translation>
    </message>
    <message>
        <source>%1&apos;s WhatsApp restarted; it needs to be paired again.</source>
        <translation>El WhatsApp de %1 se reinició; hay que volver a vincularlo.</translation>
    </message>
    <message>
        <source>Log out WhatsApp</source>
        <translation>Cerrar la sesión de WhatsApp</translation>
    </message>
    <message>
        <source>Unlink %1 from %2&apos;s WhatsApp? Messages stop until someone pairs a phone again.</source>
        <translation>¿Desvincular %1 del WhatsApp de %2? Los mensajes se detienen hasta que alguien vuelva a vincular un teléfono.</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Logging out %1…</source>
        <translation>Cerrando la sesión de %1…</translation>
    </message>
    <message>
        <source>Could not log out %1: %2</source>
        <translation>No se pudo cerrar la sesión de %1: %2</translation>
    </message>
    <message>
        <source>%1&apos;s WhatsApp is logged out; pair it again when the phone is at hand.</source>
        <translation>Se cerró la sesión del WhatsApp de %1; volver a vincularlo cuando se tenga el teléfono a mano.</translation>
    </message>
    <message>
        <source>Delete WhatsApp instance</source>
        <translation>Eliminar instancia de WhatsApp</translation>
    </message>
    <message>
        <source>This deletes the instance &quot;%1&quot; (%2) from Evolution API: the phone is unlinked and its stored messages, contacts and chats go with it. It cannot be undone.

Type the instance&apos;s name to confirm.</source>
        <translation>Esto elimina la instancia &quot;%1&quot; (%2) de Evolution API: el teléfono se desvincula y sus mensajes, contactos y chats guardados se eliminan con ella. No se puede deshacer.

Escribir el nombre de la instancia para confirmar.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>Eliminando %1…</translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation>No se pudo eliminar %1: %2</translation>
    </message>
    <message>
        <source>The instance %1 (%2) is deleted; Evolution API removes it in the background.</source>
        <translation>La instancia %1 (%2) se ha eliminado; Evolution API la borra en segundo plano.</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>Enviar un mensaje de prueba</translation>
    </message>
    <message>
        <source>digits with country code, e.g. 5511988887777</source>
        <translation>dígitos con el prefijo del país, p. ej. 5511988887777</translation>
    </message>
    <message>
        <source>Test message from Fleetdeck: the WhatsApp of %1 can send.</source>
        <translation>Mensaje de prueba de Fleetdeck: el WhatsApp de %1 puede enviar.</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Para</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Mensaje</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>From %1 (%2)</source>
        <translation>De %1 (%2)</translation>
    </message>
    <message>
        <source>Write a message first.</source>
        <translation>Escribir primero un mensaje.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Sent to %1 (status %2).</source>
        <translation>Enviado a %1 (estado %2).</translation>
    </message>
    <message>
        <source>+%1 is not on WhatsApp. Check the number: country code first, digits only.</source>
        <translation>+%1 no está en WhatsApp. Comprobar el número: primero el prefijo del país, solo dígitos.</translation>
    </message>
    <message>
        <source>Not sent: the instance says it is connected, but WhatsApp closed the connection. Restart it; if that fails, log it out and pair it again.</source>
        <translation>No enviado: la instancia dice estar conectada, pero WhatsApp cerró la conexión. Reiniciarla; si no funciona, cerrar su sesión y volver a vincularla.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>Assign to a client</source>
        <translation>Asignar a un cliente</translation>
    </message>
    <message>
        <source>%1 (replaces %2)</source>
        <translation>%1 (sustituye a %2)</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
    <message>
        <source>Which client does the WhatsApp instance &quot;%1&quot; belong to? Its record in the registry names the instance, so its alerts and status carry the client&apos;s name.</source>
        <translation>¿A qué cliente pertenece la instancia de WhatsApp &quot;%1&quot;? Su ficha en el registro indicará la instancia, así que sus alertas y su estado llevarán el nombre del cliente.</translation>
    </message>
    <message>
        <source>Assigning %1…</source>
        <translation>Asignando %1…</translation>
    </message>
    <message>
        <source>the registry</source>
        <translation>el registro</translation>
    </message>
    <message>
        <source>Could not assign %1: %2</source>
        <translation>No se pudo asignar %1: %2</translation>
    </message>
    <message>
        <source>%1 now belongs to %2.</source>
        <translation>%1 pertenece ahora a %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln connected</source>
        <translation>
            <numerusform>%Ln conectada</numerusform>
            <numerusform>%Ln conectadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting</source>
        <translation>
            <numerusform>%Ln en espera</numerusform>
            <numerusform>%Ln en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln disconnected</source>
        <translation>
            <numerusform>%Ln desconectada</numerusform>
            <numerusform>%Ln desconectadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not assigned to a client</source>
        <translation>
            <numerusform>%Ln sin cliente asignado</numerusform>
            <numerusform>%Ln sin cliente asignado</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fleetdeck::WhatsAppTableModel</name>
    <message>
        <source>Connected but dead</source>
        <translation>Conectado pero inoperativo</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>Vinculando</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Sesión cerrada</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Not paired</source>
        <translation>Sin vincular</translation>
    </message>
    <message>
        <source>Unknown (not loaded)</source>
        <translation>Desconocido (sin cargar)</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Desde %1</translation>
    </message>
    <message>
        <source>Calls fail: %1</source>
        <translation>Las peticiones fallan: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n state change(s) in the last 10 minutes</source>
        <translation>
            <numerusform>%n cambio de estado en los últimos 10 minutos</numerusform>
            <numerusform>%n cambios de estado en los últimos 10 minutos</numerusform>
        </translation>
    </message>
    <message>
        <source> · reconnect loop</source>
        <translation> · bucle de reconexión</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instancia</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>Last disconnection</source>
        <translation>Última desconexión</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>Fleetdeck: the platform&apos;s operations console.</source>
        <translation>Fleetdeck: la consola de operaciones de la plataforma.</translation>
    </message>
    <message>
        <source>Open this panel: overview, tenants or audit.</source>
        <translation>Abrir este panel: overview, tenants o audit.</translation>
    </message>
    <message>
        <source>Open this client (its slug).</source>
        <translation>Abrir este cliente (su slug).</translation>
    </message>
    <message>
        <source>Language: de, es, pt_BR, en (default: the system&apos;s).</source>
        <translation>Idioma: de, es, pt_BR, en (predeterminado: el del sistema).</translation>
    </message>
    <message>
        <source>Save the window as PNG once the first refresh is painted, then exit.</source>
        <translation>Guardar la ventana como PNG en cuanto se dibuje la primera actualización y salir.</translation>
    </message>
    <message>
        <source>No display found (DISPLAY and WAYLAND_DISPLAY are empty): showing the fleet&apos;s status here instead. Run &quot;fleetdeck --help&quot; for the commands.</source>
        <translation>No se encontró ninguna pantalla (DISPLAY y WAYLAND_DISPLAY están vacías): se muestra aquí el estado de la flota. Ejecutar &quot;fleetdeck --help&quot; para ver los comandos.</translation>
    </message>
    <message>
        <source>Welcome to Fleetdeck</source>
        <translation>Le damos la bienvenida a Fleetdeck</translation>
    </message>
    <message>
        <source>Fleetdeck has no profile yet: it does not know which platform to watch.

Try the demo (a simulated platform with 40 clients), or set up a profile with your services&apos; addresses and keys.</source>
        <translation>Fleetdeck aún no tiene ningún perfil: no sabe qué plataforma vigilar.

Puede probar la demo (una plataforma simulada con 40 clientes) o configurar un perfil con las direcciones y claves de sus servicios.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Probar la demo</translation>
    </message>
    <message>
        <source>Set up a profile…</source>
        <translation>Configurar un perfil…</translation>
    </message>
    <message>
        <source>Fleetdeck cannot start</source>
        <translation>Fleetdeck no puede iniciarse</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>up</source>
        <translation>operativo</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>degradado</translation>
    </message>
    <message>
        <source>down</source>
        <translation>caído</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
</context>
<context>
    <name>HealthProbe</name>
    <message>
        <source>Health check</source>
        <translation>Comprobación de estado</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>sin respuesta en %1 s</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>the health page is larger than 1 MiB</source>
        <translation>la página de comprobación ocupa más de 1 MiB</translation>
    </message>
    <message>
        <source>bad health URL: %1</source>
        <translation>URL de comprobación incorrecta: %1</translation>
    </message>
    <message>
        <source>check cancelled</source>
        <translation>comprobación cancelada</translation>
    </message>
    <message>
        <source>answered HTTP %1</source>
        <translation>respondió HTTP %1</translation>
    </message>
    <message>
        <source>slow: %1 ms (limit %2 ms)</source>
        <translation>lento: %1 ms (límite: %2 ms)</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>connection refused</source>
        <translation>conexión rechazada</translation>
    </message>
    <message>
        <source>the server closed the connection before the answer was complete</source>
        <translation>el servidor cerró la conexión antes de completar la respuesta</translation>
    </message>
    <message>
        <source>host name not found</source>
        <translation>nombre de host no encontrado</translation>
    </message>
    <message>
        <source>the network is unavailable</source>
        <translation>la red no está disponible</translation>
    </message>
    <message>
        <source>the certificate expired on %1</source>
        <translation>el certificado caducó el %1</translation>
    </message>
</context>
<context>
    <name>LocalCache</name>
    <message>
        <source>The local cache %1 was written by a newer Fleetdeck. It was moved to %2 and a fresh cache was started; history fills again from the next refresh.</source>
        <translation>La caché local %1 la escribió una versión más reciente de Fleetdeck. Se movió a %2 y se creó una caché nueva; el historial volverá a llenarse a partir de la próxima actualización.</translation>
    </message>
    <message>
        <source>The local cache %1 was damaged. It was moved to %2 and a fresh cache was started; history fills again from the next refresh.</source>
        <translation>La caché local %1 estaba dañada. Se movió a %2 y se creó una caché nueva; el historial volverá a llenarse a partir de la próxima actualización.</translation>
    </message>
</context>
<context>
    <name>MrrCalculator</name>
    <message>
        <source>%1 % off</source>
        <translation>%1 % de descuento</translation>
    </message>
    <message>
        <source>%1 %2 off per invoice</source>
        <translation>%1 %2 de descuento por factura</translation>
    </message>
    <message>
        <source>%1 forever</source>
        <translation>%1 para siempre</translation>
    </message>
    <message>
        <source>%1 once</source>
        <translation>%1 una vez</translation>
    </message>
    <message>
        <source>%1 for %2 months</source>
        <translation>%1 durante %2 meses</translation>
    </message>
    <message>
        <source>past due for more than %1 days: counted as churned by the chosen policy</source>
        <translation>vencida hace más de %1 días: contada como baja según la política elegida</translation>
    </message>
    <message>
        <source>in trial: not revenue yet</source>
        <translation>en prueba: aún no es ingreso</translation>
    </message>
    <message>
        <source>status %1: not recurring revenue</source>
        <translation>estado %1: no es ingreso recurrente</translation>
    </message>
    <message>
        <source>metered (usage-based) price: not recurring revenue</source>
        <translation>precio por uso: no es ingreso recurrente</translation>
    </message>
    <message>
        <source>tiered price: its tiers are not loaded, so it is left out</source>
        <translation>precio escalonado: sus tramos no están cargados, así que se deja fuera</translation>
    </message>
    <message>
        <source>priced in %1, not the subscription&apos;s %2</source>
        <translation>cobrado en %1, no en %2 como la suscripción</translation>
    </message>
    <message>
        <source>%1 (%2): starts later, not deducted</source>
        <translation>%1 (%2): empieza más tarde, no se descuenta</translation>
    </message>
    <message>
        <source>%1 (%2): ended, not deducted</source>
        <translation>%1 (%2): terminado, no se descuenta</translation>
    </message>
    <message>
        <source>%1 (%2): not deducted (only forever coupons reduce MRR in Stripe&apos;s definition)</source>
        <translation>%1 (%2): no se descuenta (en la definición de Stripe solo los cupones permanentes reducen el MRR)</translation>
    </message>
    <message>
        <source>%1 (%2): deducted</source>
        <translation>%1 (%2): descontado</translation>
    </message>
    <message>
        <source>%1: its coupon %2 is unknown, not deducted</source>
        <translation>%1: su cupón %2 es desconocido, no se descuenta</translation>
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
        <translation>node_exporter en %1 no responde</translation>
    </message>
    <message>
        <source>%1 on %2: %3 free of %4</source>
        <translation>%1 en %2: %3 libres de %4</translation>
    </message>
    <message>
        <source>postgres_exporter cannot reach the database</source>
        <translation>postgres_exporter no puede acceder a la base de datos</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>answers in %1 ms</source>
        <translation>responde en %1 ms</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>node_exporter answers</source>
        <translation>node_exporter responde</translation>
    </message>
    <message>
        <source>node_exporter does not answer</source>
        <translation>node_exporter no responde</translation>
    </message>
    <message>
        <source>Platform database (%1)</source>
        <translation>Base de datos de la plataforma (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n database(s), %2 connections</source>
        <translation>
            <numerusform>%1 en %n base de datos, %2 conexiones</numerusform>
            <numerusform>%1 en %n bases de datos, %2 conexiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n target(s) up</source>
        <translation>
            <numerusform>%1 de %n destino activo</numerusform>
            <numerusform>%1 de %n destinos activos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfilesCommand</name>
    <message>
        <source>No saved profiles. Import one with &quot;fleetdeck profiles import FILE&quot;.</source>
        <translation>No hay perfiles guardados. Importar uno con &quot;fleetdeck profiles import FILE&quot;.</translation>
    </message>
    <message>
        <source>Saved profile &quot;%1&quot;. Store its secrets with &quot;fleetdeck secret set NAME&quot;.</source>
        <translation>Perfil &quot;%1&quot; guardado. Guardar sus secretos con &quot;fleetdeck secret set NAME&quot;.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>No hay ningún perfil llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now the active profile.</source>
        <translation>&quot;%1&quot; es ahora el perfil activo.</translation>
    </message>
    <message>
        <source>Removed profile &quot;%1&quot; (its secrets stay in the keychain).</source>
        <translation>Se eliminó el perfil &quot;%1&quot; (sus secretos siguen en el llavero).</translation>
    </message>
    <message>
        <source>Usage: fleetdeck profiles list | import FILE | show NAME | use NAME | remove NAME</source>
        <translation>Uso: fleetdeck profiles list | import FILE | show NAME | use NAME | remove NAME</translation>
    </message>
</context>
<context>
    <name>PrometheusClient</name>
    <message>
        <source>no URL is set; enter the address of Prometheus</source>
        <translation>no hay ninguna URL; introducir la dirección de Prometheus</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address</source>
        <translation>&quot;%1&quot; no es una dirección http:// o https://</translation>
    </message>
    <message>
        <source>a range query needs a start before its end</source>
        <translation>una consulta de rango necesita un inicio anterior a su fin</translation>
    </message>
</context>
<context>
    <name>PrometheusHealth</name>
    <message>
        <source>no probe result in Prometheus</source>
        <translation>no hay resultado de sondeo en Prometheus</translation>
    </message>
    <message>
        <source>the probe failed: answered HTTP %1</source>
        <translation>el sondeo falló: respondió HTTP %1</translation>
    </message>
    <message>
        <source>the probe failed: no answer (connection or TLS failure)</source>
        <translation>el sondeo falló: sin respuesta (fallo de conexión o de TLS)</translation>
    </message>
    <message>
        <source>slow: %1 ms (limit %2 ms)</source>
        <translation>lento: %1 ms (límite %2 ms)</translation>
    </message>
</context>
<context>
    <name>RecordValidator</name>
    <message>
        <source>slug is missing</source>
        <translation>falta el slug</translation>
    </message>
    <message>
        <source>slug &quot;%1&quot; is not valid (use 1 to 63 lower-case letters, digits and dashes, starting with a letter or digit)</source>
        <translation>el slug &quot;%1&quot; no es válido (usar de 1 a 63 letras minúsculas, números y guiones, empezando por una letra o un número)</translation>
    </message>
    <message>
        <source>name is missing</source>
        <translation>falta el nombre</translation>
    </message>
    <message>
        <source>name is longer than %1 characters</source>
        <translation>el nombre tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>name contains control characters</source>
        <translation>el nombre contiene caracteres de control</translation>
    </message>
    <message>
        <source>plan &quot;%1&quot; is unknown (known: %2)</source>
        <translation>el plan &quot;%1&quot; es desconocido (conocidos: %2)</translation>
    </message>
    <message>
        <source>notes are longer than %1 characters</source>
        <translation>las notas tienen más de %1 caracteres</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 tiene más de %2 caracteres</translation>
    </message>
    <message>
        <source>health URL &quot;%1&quot; is not a valid http:// or https:// URL</source>
        <translation>la URL de comprobación &quot;%1&quot; no es una URL http:// o https:// válida</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; contains spaces or control characters</source>
        <translation>%1 &quot;%2&quot; contiene espacios o caracteres de control</translation>
    </message>
    <message>
        <source>plan code is missing</source>
        <translation>falta el código del plan</translation>
    </message>
    <message>
        <source>plan code &quot;%1&quot; is not valid (letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, up to 64 characters)</source>
        <translation>el código de plan &quot;%1&quot; no es válido (letras, números, &apos;-&apos;, &apos;_&apos; y &apos;.&apos;, hasta 64 caracteres)</translation>
    </message>
    <message>
        <source>plan name is missing</source>
        <translation>falta el nombre del plan</translation>
    </message>
    <message>
        <source>plan name is longer than %1 characters</source>
        <translation>el nombre del plan tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>amount must not be negative</source>
        <translation>el importe no puede ser negativo</translation>
    </message>
    <message>
        <source>currency &quot;%1&quot; is not a three-letter ISO code</source>
        <translation>la moneda &quot;%1&quot; no es un código ISO de tres letras</translation>
    </message>
    <message>
        <source>interval &quot;%1&quot; is unknown (use day, week, month or year)</source>
        <translation>el intervalo &quot;%1&quot; es desconocido (usar day, week, month o year)</translation>
    </message>
    <message>
        <source>interval count must be at least 1</source>
        <translation>el número de intervalos debe ser al menos 1</translation>
    </message>
    <message>
        <source>none defined</source>
        <translation>ninguno definido</translation>
    </message>
</context>
<context>
    <name>RefreshScheduler</name>
    <message>
        <source>Health checks</source>
        <translation>Comprobaciones de estado</translation>
    </message>
    <message>
        <source>No health endpoint answered (%1 tried; first error: %2). This computer may be offline or the sites&apos; network is down; showing the last known state.</source>
        <translation>Ninguna URL de comprobación respondió (%1 probadas; primer error: %2). Puede que este equipo no tenga conexión o que la red de los sitios esté caída; se muestra el último estado conocido.</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>there is no tenant with the slug &quot;%1&quot;</source>
        <translation>no hay ningún cliente con el slug &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no registry file is configured in this profile</source>
        <translation>este perfil no tiene configurado ningún archivo de registro</translation>
    </message>
    <message>
        <source>there is no registry at %1</source>
        <translation>no hay ningún registro en %1</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>%1 is not a Fleetdeck registry (%2)</source>
        <translation>%1 no es un registro de Fleetdeck (%2)</translation>
    </message>
    <message>
        <source>a tenant with the slug &quot;%1&quot; already exists</source>
        <translation>ya existe un cliente con el slug &quot;%1&quot;</translation>
    </message>
    <message>
        <source>plan &quot;%1&quot;: %2</source>
        <translation>plan &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>plan &quot;%1&quot; is listed twice</source>
        <translation>el plan &quot;%1&quot; aparece dos veces</translation>
    </message>
    <message>
        <source>tenant &quot;%1&quot;: %2</source>
        <translation>cliente &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>tenant &quot;%1&quot; is listed twice</source>
        <translation>el cliente &quot;%1&quot; aparece dos veces</translation>
    </message>
    <message>
        <source>these slugs already exist in the registry: %1</source>
        <translation>estos slugs ya existen en el registro: %1</translation>
    </message>
    <message>
        <source>an alert id has 1 to %1 characters</source>
        <translation>un id de alerta tiene de 1 a %1 caracteres</translation>
    </message>
    <message>
        <source>the note is longer than %1 characters</source>
        <translation>la nota tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>a silence must end in the future</source>
        <translation>un silencio debe terminar en el futuro</translation>
    </message>
    <message>
        <source>the note is empty</source>
        <translation>la nota está vacía</translation>
    </message>
</context>
<context>
    <name>RevenueCommand</name>
    <message>
        <source>Reads Stripe&apos;s subscriptions, coupons and open invoices and prints the monthly recurring revenue per currency (Stripe&apos;s definition unless a policy says otherwise), the paying clients and what is still due.
With --explain SLUG, shows how that client&apos;s MRR was computed, line by line, to check it against Stripe&apos;s dashboard.</source>
        <translation>Lee de Stripe las suscripciones, los cupones y las facturas abiertas, y muestra los ingresos recurrentes mensuales por moneda (según la definición de Stripe, salvo que una política indique otra cosa), los clientes que pagan y lo que aún está pendiente de cobro.
Con --explain SLUG, muestra línea por línea cómo se calculó el MRR de ese cliente, para contrastarlo con el panel de Stripe.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Mostrar JSON.</translation>
    </message>
    <message>
        <source>How this client&apos;s MRR was computed.</source>
        <translation>Cómo se calculó el MRR de este cliente.</translation>
    </message>
    <message>
        <source>Deduct every active discount (ChartMogul, Baremetrics) instead of forever coupons only (Stripe).</source>
        <translation>Restar todos los descuentos activos (ChartMogul, Baremetrics) en lugar de solo los cupones permanentes (Stripe).</translation>
    </message>
    <message>
        <source>Count a subscription past due for more than DAYS as churned.</source>
        <translation>Contar como baja una suscripción vencida hace más de DAYS días.</translation>
    </message>
    <message>
        <source>--drop-past-due-after takes a number of days.</source>
        <translation>--drop-past-due-after requiere un número de días.</translation>
    </message>
    <message>
        <source>Stripe is not set up in this profile: add &quot;upstreams.stripe&quot; with its URL (https://api.stripe.com) and the name of a restricted read-only key, then store the key with &quot;fleetdeck secret set NAME&quot;.</source>
        <translation>Falta configurar Stripe en este perfil: añadir &quot;upstreams.stripe&quot; con su URL (https://api.stripe.com) y el nombre de una clave restringida de solo lectura, y guardar la clave con &quot;fleetdeck secret set NAME&quot;.</translation>
    </message>
    <message>
        <source>There is no client with the slug &quot;%1&quot;; see &quot;fleetdeck tenants list&quot;.</source>
        <translation>No hay ningún cliente con el slug &quot;%1&quot;; ver &quot;fleetdeck tenants list&quot;.</translation>
    </message>
    <message>
        <source>MRR: %1</source>
        <translation>MRR: %1</translation>
    </message>
    <message>
        <source>(one amount per currency: they are not added up without exchange rates)</source>
        <translation>(un importe por moneda: no se suman sin tipos de cambio)</translation>
    </message>
    <message>
        <source>Paying clients: %1</source>
        <translation>Clientes que pagan: %1</translation>
    </message>
    <message>
        <source>Open invoices: %1, %2 still due, oldest %3 days</source>
        <translation>Facturas abiertas: %1, pendiente de cobro: %2, la más antigua de hace %3 días</translation>
    </message>
    <message>
        <source>Paying Stripe customers no client names: %1 (add them to the clients&apos; records)</source>
        <translation>Clientes de Stripe que pagan y no figuran en ninguna ficha de cliente: %1 (indicarlos en las fichas de los clientes)</translation>
    </message>
    <message>
        <source>Note: this is not a restricted key (rk_…); Fleetdeck only reads, so a read-only restricted key is safer.</source>
        <translation>Nota: esta no es una clave restringida (rk_…); Fleetdeck solo lee datos, así que una clave restringida de solo lectura es más segura.</translation>
    </message>
</context>
<context>
    <name>RevenueReport</name>
    <message>
        <source>Subscription %1 (%2, %3)</source>
        <translation>Suscripción %1 (%2, %3)</translation>
    </message>
    <message>
        <source>    left out: %1</source>
        <translation>    excluido: %1</translation>
    </message>
    <message>
        <source>    − %1 discount = %2</source>
        <translation>    − %1 de descuento = %2</translation>
    </message>
    <message>
        <source>  discount %1</source>
        <translation>  descuento %1</translation>
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
        <translation>Ninguna suscripción de Stripe pertenece a %1 (su ficha no indica ningún cliente de Stripe, o el cliente no tiene ninguna).</translation>
    </message>
    <message>
        <source>Total MRR: %1</source>
        <translation>MRR total: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semana</numerusform>
            <numerusform>%n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n año</numerusform>
            <numerusform>%n años</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 %2: %3 × %4 every %5 = %6 per period ÷ %7 months = %8 a month</source>
        <translation>  %1 %2: %3 × %4 cada %5 = %6 por periodo ÷ %7 meses = %8 al mes</translation>
    </message>
</context>
<context>
    <name>SecretCommand</name>
    <message>
        <source>Usage: fleetdeck secret set|check|delete NAME
&quot;set&quot; reads the value from standard input (not echoed on a terminal) and stores it in the OS keychain. The value is never printed.</source>
        <translation>Uso: fleetdeck secret set|check|delete NAME
&quot;set&quot; lee el valor de la entrada estándar (sin mostrarlo en el terminal) y lo guarda en el llavero del sistema. El valor nunca se muestra.</translation>
    </message>
    <message>
        <source>Value for &quot;%1&quot;: </source>
        <translation>Valor para &quot;%1&quot;: </translation>
    </message>
    <message>
        <source>Nothing was entered; the keychain was not changed.</source>
        <translation>No se escribió nada; el llavero no ha cambiado.</translation>
    </message>
    <message>
        <source>Stored &quot;%1&quot; in the keychain.</source>
        <translation>Se guardó &quot;%1&quot; en el llavero.</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot; from the keychain.</source>
        <translation>Se eliminó &quot;%1&quot; del llavero.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is in the keychain (%n byte(s)).</source>
        <translation>
            <numerusform>&quot;%1&quot; está en el llavero (%n byte).</numerusform>
            <numerusform>&quot;%1&quot; está en el llavero (%n bytes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretError</name>
    <message>
        <source>The secret &quot;%1&quot; is not in the keychain. Enter it in the profile editor, or set %2 for headless use.</source>
        <translation>El secreto &quot;%1&quot; no está en el llavero. Escribirlo en el editor de perfiles o definir %2 para usar Fleetdeck sin interfaz gráfica.</translation>
    </message>
    <message>
        <source>No keychain (secret service) is available to read &quot;%1&quot; (%2). Unlock or start your desktop keyring, or set %3 for headless use.</source>
        <translation>No hay ningún llavero (servicio de secretos) disponible para leer &quot;%1&quot; (%2). Desbloquear o iniciar el llavero del escritorio, o definir %3 para usar Fleetdeck sin interfaz gráfica.</translation>
    </message>
    <message>
        <source>The keychain refused access to &quot;%1&quot; (%2). Unlock the keyring and try again.</source>
        <translation>El llavero denegó el acceso a &quot;%1&quot; (%2). Desbloquear el llavero y volver a intentarlo.</translation>
    </message>
    <message>
        <source>The keychain could not handle &quot;%1&quot;: %2</source>
        <translation>El llavero no pudo procesar &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>Mostrar JSON en lugar de una tabla.</translation>
    </message>
    <message>
        <source>Only this client (its slug).</source>
        <translation>Solo este cliente (su slug).</translation>
    </message>
    <message>
        <source>Give up on the refresh after SECONDS (default 120).</source>
        <translation>Abandonar la actualización tras SECONDS segundos (predeterminado: 120).</translation>
    </message>
    <message>
        <source>The refresh did not finish within %1 s; reporting what is known.</source>
        <translation>La actualización no terminó en %1 s; se informa de lo que se sabe.</translation>
    </message>
    <message>
        <source>There is no client with the slug &quot;%1&quot;; see &quot;fleetdeck tenants list&quot;.</source>
        <translation>No hay ningún cliente con el slug &quot;%1&quot;; ver &quot;fleetdeck tenants list&quot;.</translation>
    </message>
    <message>
        <source>Checks every client&apos;s health endpoints, Prometheus and Alertmanager once and prints the fleet&apos;s status with its alerts.
Exit code: 0 ok, 1 warning, 2 critical, 3 unknown.</source>
        <translation>Comprueba una vez las URL de comprobación de todos los clientes, Prometheus y Alertmanager, y muestra el estado de la flota con sus alertas.
Código de salida: 0 ok, 1 aviso, 2 crítico, 3 desconocido.</translation>
    </message>
    <message>
        <source>Refreshes once and lists the alerts: firing, pending, acknowledged, silenced and recently resolved.
Exit code: 0 nothing needs attention, 1 a medium alert does, 2 a critical or high one does, 3 unknown.</source>
        <translation>Actualiza una vez y lista las alertas: activas, pendientes, confirmadas, silenciadas y resueltas recientemente.
Código de salida: 0 nada requiere atención, 1 una alerta media la requiere, 2 una crítica o alta la requiere, 3 desconocido.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Imprimir JSON en lugar de texto.</translation>
    </message>
    <message>
        <source>Only this client&apos;s alerts (its slug).</source>
        <translation>Solo las alertas de este cliente (su slug).</translation>
    </message>
    <message>
        <source>No alerts: nothing is firing or pending.</source>
        <translation>No hay alertas: nada está activo ni pendiente.</translation>
    </message>
    <message>
        <source>Acknowledges an alert in the registry, so the whole team sees who handles it (&quot;fleetdeck alerts&quot; lists the ids). With --remove, opens it again.</source>
        <translation>Confirma una alerta en el registro, para que todo el equipo vea quién se encarga (&quot;fleetdeck alerts&quot; lista los id). Con --remove, la vuelve a abrir.</translation>
    </message>
    <message>
        <source>The alert&apos;s id.</source>
        <translation>El id de la alerta.</translation>
    </message>
    <message>
        <source>What is being done about it.</source>
        <translation>Qué se está haciendo al respecto.</translation>
    </message>
    <message>
        <source>Who handles it (default: you, as user@host).</source>
        <translation>Quién se encarga (predeterminado: usted, como user@host).</translation>
    </message>
    <message>
        <source>Remove the acknowledgement or silence instead.</source>
        <translation>Quitar en su lugar la confirmación o el silencio.</translation>
    </message>
    <message>
        <source>Give exactly one alert id, e.g. &quot;fleetdeck ack endpoint_down:pizza-co --note &apos;on it&apos;&quot;.</source>
        <translation>Indicar exactamente un id de alerta, p. ej. &quot;fleetdeck ack endpoint_down:pizza-co --note &apos;on it&apos;&quot;.</translation>
    </message>
    <message>
        <source>Say what is being done with --note TEXT; the team reads it in the Alerts panel.</source>
        <translation>Indicar qué se está haciendo con --note TEXT; el equipo lo lee en el panel Alertas.</translation>
    </message>
    <message>
        <source>The registry %1 is read-only for you; ask someone with write access to acknowledge.</source>
        <translation>El registro %1 es de solo lectura para usted; pedir a alguien con permiso de escritura que la confirme.</translation>
    </message>
    <message>
        <source>The alert is open again.</source>
        <translation>La alerta vuelve a estar abierta.</translation>
    </message>
    <message>
        <source>Acknowledged %1 for %2.</source>
        <translation>Se confirmó %1 para %2.</translation>
    </message>
</context>
<context>
    <name>StatusReport</name>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>hace %1 s</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>hace %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>hace %1 h</translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <translation>hace %1 d</translation>
    </message>
    <message>
        <source>expired %1 d ago</source>
        <translation>caducó hace %1 d</translation>
    </message>
    <message>
        <source>in %1 h</source>
        <translation>en %1 h</translation>
    </message>
    <message>
        <source>in %1 d</source>
        <translation>en %1 d</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> y %1 más</translation>
    </message>
    <message>
        <source>no monitored clients: add one with &quot;fleetdeck tenants add&quot;</source>
        <translation>ningún cliente supervisado: añadir uno con &quot;fleetdeck tenants add&quot;</translation>
    </message>
    <message>
        <source>client &quot;%1&quot; is not monitored (unknown, suspended or churned)</source>
        <translation>el cliente &quot;%1&quot; no está supervisado (desconocido, suspendido o dado de baja)</translation>
    </message>
    <message>
        <source>no client has been checked yet</source>
        <translation>todavía no se ha comprobado ningún cliente</translation>
    </message>
    <message>
        <source>%1 down: %2</source>
        <translation>caídos (%1): %2</translation>
    </message>
    <message>
        <source>%1 degraded: %2</source>
        <translation>degradados (%1): %2</translation>
    </message>
    <message>
        <source>%1 not checked: %2</source>
        <translation>sin comprobar (%1): %2</translation>
    </message>
    <message>
        <source>%1 with stale data: %2</source>
        <translation>con datos desactualizados (%1): %2</translation>
    </message>
    <message>
        <source>%1 with a TLS certificate expiring within %2 days: %3</source>
        <translation>con un certificado TLS que caduca en menos de %2 días (%1): %3</translation>
    </message>
    <message>
        <source>%1 failing: %2</source>
        <translation>%1 con fallos: %2</translation>
    </message>
    <message>
        <source>CLIENT</source>
        <translation>CLIENTE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>HEALTH</source>
        <translation>SALUD</translation>
    </message>
    <message>
        <source>LATENCY</source>
        <translation>LATENCIA</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>TLS EXPIRES</source>
        <translation>CADUCIDAD TLS</translation>
    </message>
    <message>
        <source>CHECKED</source>
        <translation>COMPROBADO</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>NOTA</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source> (stale)</source>
        <translation> (desactualizado)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Fleet status: %1</source>
        <translation>Estado de la flota: %1</translation>
    </message>
    <message>
        <source>%1 clients monitored: %2 up, %3 degraded, %4 down, %5 unknown; %6 paused (suspended or churned)</source>
        <translation>Clientes supervisados: %1 (operativos: %2, degradados: %3, caídos: %4, desconocidos: %5); en pausa: %6 (suspendidos o dados de baja)</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Fuentes:</translation>
    </message>
    <message>
        <source>last success %1</source>
        <translation>último éxito %1</translation>
    </message>
    <message>
        <source>never succeeded</source>
        <translation>sin éxito hasta ahora</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) from the last known state need attention</source>
        <translation>
            <numerusform>%n alerta del último estado conocido requiere atención</numerusform>
            <numerusform>%n alertas del último estado conocido requieren atención</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical or high alert(s) nobody has taken</source>
        <translation>
            <numerusform>%n alerta crítica o alta que nadie ha tomado</numerusform>
            <numerusform>%n alertas críticas o altas que nadie ha tomado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medium alert(s) nobody has taken</source>
        <translation>
            <numerusform>%n alerta media que nadie ha tomado</numerusform>
            <numerusform>%n alertas medias que nadie ha tomado</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts:</source>
        <translation>Alertas:</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>suprimida</translation>
    </message>
    <message>
        <source>silenced</source>
        <translation>silenciada</translation>
    </message>
    <message>
        <source>acknowledged by %1</source>
        <translation>confirmada por %1</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>Fleetdeck could not open the registry: %1</source>
        <translation>Fleetdeck no pudo abrir el registro: %1</translation>
    </message>
    <message>
        <source>This is a read-only (support) connection and the registry needs an upgrade (schema %1, this version of Fleetdeck needs %2): connect once with a writable role to upgrade it.</source>
        <translation>Esta es una conexión de solo lectura (soporte) y el registro necesita actualizarse (esquema %1; esta versión de Fleetdeck necesita el %2): conectarse una vez con un rol con permiso de escritura para actualizarlo.</translation>
    </message>
    <message>
        <source>This is a read-only (support) connection: the change was not saved. Ask someone with write access to make it, or connect with a writable role.</source>
        <translation>Esta es una conexión de solo lectura (soporte): el cambio no se guardó. Pedírselo a alguien con permiso de escritura o conectarse con un rol con permiso de escritura.</translation>
    </message>
    <message>
        <source>The registry was upgraded by a newer Fleetdeck (schema %1, this version knows %2); update Fleetdeck.</source>
        <translation>Una versión más reciente de Fleetdeck actualizó el registro (esquema %1; esta versión conoce hasta el %2); actualizar Fleetdeck.</translation>
    </message>
    <message>
        <source>Fleetdeck could not upgrade the registry; the failed step was rolled back and the registry is unchanged by it: %1</source>
        <translation>Fleetdeck no pudo actualizar el registro; el paso fallido se revirtió y el registro quedó sin cambios por él: %1</translation>
    </message>
    <message>
        <source>Not found in the registry: %1</source>
        <translation>No se encontró en el registro: %1</translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation>El cambio no se guardó: %1</translation>
    </message>
    <message>
        <source>The registry could not complete the request: %1</source>
        <translation>El registro no pudo completar la petición: %1</translation>
    </message>
</context>
<context>
    <name>StoreWorker</name>
    <message>
        <source>%1 is not open</source>
        <translation>%1 no está abierto</translation>
    </message>
</context>
<context>
    <name>StripeClient</name>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address; Stripe&apos;s is https://api.stripe.com</source>
        <translation>&quot;%1&quot; no es una dirección http:// o https://; la de Stripe es https://api.stripe.com</translation>
    </message>
    <message>
        <source>no API key is stored; store a restricted read-only key (rk_…) in the profile</source>
        <translation>no hay ninguna clave de API guardada; guardar en el perfil una clave restringida de solo lectura (rk_…)</translation>
    </message>
</context>
<context>
    <name>Tenant</name>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>suspendido</translation>
    </message>
    <message>
        <source>churned</source>
        <translation>dado de baja</translation>
    </message>
</context>
<context>
    <name>TenantImport</name>
    <message>
        <source>status &quot;%1&quot; is unknown (use active, suspended or churned)</source>
        <translation>el estado &quot;%1&quot; es desconocido (usar active, suspended o churned)</translation>
    </message>
    <message>
        <source>slug &quot;%1&quot; appears twice in the file (first on row %2)</source>
        <translation>el slug &quot;%1&quot; aparece dos veces en el archivo (la primera, en la fila %2)</translation>
    </message>
    <message>
        <source>slug &quot;%1&quot; appears twice in the file (first in tenant %2)</source>
        <translation>el slug &quot;%1&quot; aparece dos veces en el archivo (la primera, en el cliente %2)</translation>
    </message>
    <message>
        <source>slug &quot;%1&quot; already exists in the registry</source>
        <translation>el slug &quot;%1&quot; ya existe en el registro</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>fila %1: %2</translation>
    </message>
    <message>
        <source>tenant %1: %2</source>
        <translation>cliente %1: %2</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation>línea %1: un campo entre comillas no está cerrado</translation>
    </message>
    <message>
        <source>line %1: unexpected text after a closing quote</source>
        <translation>línea %1: texto inesperado tras las comillas de cierre</translation>
    </message>
    <message>
        <source>the file has no header row</source>
        <translation>el archivo no tiene fila de encabezado</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>line %1: unknown column(s) %2 (known: %3)</source>
        <translation>línea %1: columnas desconocidas: %2 (conocidas: %3)</translation>
    </message>
    <message>
        <source>; the file seems to use &apos;;&apos; between columns, Fleetdeck expects &apos;,&apos;</source>
        <translation>; parece que el archivo usa &apos;;&apos; entre columnas, pero Fleetdeck espera &apos;,&apos;</translation>
    </message>
    <message>
        <source>line %1: column(s) %2 appear more than once</source>
        <translation>línea %1: estas columnas aparecen más de una vez: %2</translation>
    </message>
    <message>
        <source>line %1: the header has no &quot;%2&quot; column</source>
        <translation>línea %1: el encabezado no tiene la columna &quot;%2&quot;</translation>
    </message>
    <message>
        <source>has %1 fields, the header has %2</source>
        <translation>tiene %1 campos y el encabezado tiene %2</translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation>%1 debe ser un texto</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>no es un objeto</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>campo desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>endpoints must be an object</source>
        <translation>endpoints debe ser un objeto</translation>
    </message>
    <message>
        <source>unknown endpoint &quot;%1&quot;</source>
        <translation>endpoint desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>every health URL must be a string</source>
        <translation>cada URL de comprobación debe ser un texto</translation>
    </message>
    <message>
        <source>health must be a string or an array of strings</source>
        <translation>health debe ser un texto o un array de textos</translation>
    </message>
    <message>
        <source>&quot;plans&quot; must be an array</source>
        <translation>&quot;plans&quot; debe ser un array</translation>
    </message>
    <message>
        <source>plan %1: is not an object</source>
        <translation>plan %1: no es un objeto</translation>
    </message>
    <message>
        <source>amountMinor must be a whole number of minor units (cents)</source>
        <translation>amountMinor debe ser un número entero de unidades menores (céntimos o centavos)</translation>
    </message>
    <message>
        <source>amountMinor is missing</source>
        <translation>falta amountMinor</translation>
    </message>
    <message>
        <source>intervalCount must be a whole number of at least 1</source>
        <translation>intervalCount debe ser un número entero mayor o igual que 1</translation>
    </message>
    <message>
        <source>code &quot;%1&quot; is listed twice</source>
        <translation>el código &quot;%1&quot; aparece dos veces</translation>
    </message>
    <message>
        <source>plan %1: %2</source>
        <translation>plan %1: %2</translation>
    </message>
    <message>
        <source>the file nests arrays or objects more than %1 levels deep</source>
        <translation>el archivo anida arrays u objetos a más de %1 niveles de profundidad</translation>
    </message>
    <message>
        <source>the file is not valid JSON</source>
        <translation>el archivo no es un JSON válido</translation>
    </message>
    <message>
        <source>unknown top-level key(s) %1 (known: plans, tenants)</source>
        <translation>claves de primer nivel desconocidas: %1 (conocidas: plans, tenants)</translation>
    </message>
    <message>
        <source>the file has neither &quot;tenants&quot; nor &quot;plans&quot;</source>
        <translation>el archivo no tiene ni &quot;tenants&quot; ni &quot;plans&quot;</translation>
    </message>
    <message>
        <source>the file must hold an array of tenants or an object with &quot;tenants&quot;</source>
        <translation>el archivo debe contener un array de clientes o un objeto con &quot;tenants&quot;</translation>
    </message>
    <message>
        <source>&quot;tenants&quot; must be an array</source>
        <translation>&quot;tenants&quot; debe ser un array</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>el archivo ocupa más de %1 MB</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the file is not text (it contains NUL bytes)</source>
        <translation>el archivo no es de texto (contiene bytes NUL)</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it as UTF-8 and try again</source>
        <translation>el archivo no es texto UTF-8; guardarlo como UTF-8 y volver a intentarlo</translation>
    </message>
    <message>
        <source>the file could not be read (%1)</source>
        <translation>no se pudo leer el archivo (%1)</translation>
    </message>
</context>
<context>
    <name>TenantReport</name>
    <message>
        <source>not monitored (%1)</source>
        <translation>sin supervisar (%1)</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Health:</source>
        <translation>Salud:</translation>
    </message>
    <message>
        <source>Stale:</source>
        <translation>Desactualizado:</translation>
    </message>
    <message>
        <source>Latency:</source>
        <translation>Latencia:</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>TLS certificate:</source>
        <translation>Certificado TLS:</translation>
    </message>
    <message>
        <source>Endpoints:</source>
        <translation>URL de comprobación:</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Mautic</source>
        <translation>Mautic</translation>
    </message>
    <message>
        <source>Evolution instance</source>
        <translation>Instancia de Evolution</translation>
    </message>
    <message>
        <source>n8n tag</source>
        <translation>Etiqueta de n8n</translation>
    </message>
    <message>
        <source>Stripe customer</source>
        <translation>Cliente de Stripe</translation>
    </message>
    <message>
        <source>GHL location</source>
        <translation>Ubicación de GHL</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contacto:</translation>
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
        <translation>Escriba el slug del cliente (%1) para confirmar: </translation>
    </message>
    <message>
        <source>Lists the clients in the registry.</source>
        <translation>Muestra los clientes del registro.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Mostrar JSON.</translation>
    </message>
    <message>
        <source>CLIENT</source>
        <translation>CLIENTE</translation>
    </message>
    <message>
        <source>SLUG</source>
        <translation>SLUG</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>PLAN</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>SERVIDOR</translation>
    </message>
    <message>
        <source>HEALTH URL</source>
        <translation>URL DE COMPROBACIÓN</translation>
    </message>
    <message>
        <source>Shows one client: its details, endpoints and audit history.</source>
        <translation>Muestra un cliente: sus datos, URL de comprobación e historial de cambios.</translation>
    </message>
    <message>
        <source>The client&apos;s slug.</source>
        <translation>El slug del cliente.</translation>
    </message>
    <message>
        <source>Usage: fleetdeck tenants show SLUG</source>
        <translation>Uso: fleetdeck tenants show SLUG</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contacto:</translation>
    </message>
    <message>
        <source>Client since:</source>
        <translation>Cliente desde:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Endpoints:</source>
        <translation>URL de comprobación:</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historial:</translation>
    </message>
    <message>
        <source>Adds a client to the registry.</source>
        <translation>Añade un cliente al registro.</translation>
    </message>
    <message>
        <source>Short id: lower-case letters, digits, dashes.</source>
        <translation>Identificador corto: letras minúsculas, números y guiones.</translation>
    </message>
    <message>
        <source>The client&apos;s name.</source>
        <translation>El nombre del cliente.</translation>
    </message>
    <message>
        <source>Plan code (see the registry&apos;s plans).</source>
        <translation>Código del plan (ver los planes del registro).</translation>
    </message>
    <message>
        <source>active (default), suspended or churned.</source>
        <translation>active (predeterminado), suspended o churned.</translation>
    </message>
    <message>
        <source>Contact (e-mail or phone).</source>
        <translation>Contacto (correo electrónico o teléfono).</translation>
    </message>
    <message>
        <source>Free notes.</source>
        <translation>Notas libres.</translation>
    </message>
    <message>
        <source>Health URL to probe (repeatable).</source>
        <translation>URL de comprobación que se consultará (se puede repetir).</translation>
    </message>
    <message>
        <source>Server/host label the client runs on.</source>
        <translation>Servidor (host) donde funciona el cliente.</translation>
    </message>
    <message>
        <source>The client&apos;s Mautic URL.</source>
        <translation>La URL de Mautic del cliente.</translation>
    </message>
    <message>
        <source>Evolution API instance name.</source>
        <translation>Nombre de la instancia de Evolution API.</translation>
    </message>
    <message>
        <source>n8n workflow tag.</source>
        <translation>Etiqueta del flujo de trabajo de n8n.</translation>
    </message>
    <message>
        <source>Stripe customer id (cus_…).</source>
        <translation>ID de cliente de Stripe (cus_…).</translation>
    </message>
    <message>
        <source>GoHighLevel location id.</source>
        <translation>ID de ubicación de GoHighLevel.</translation>
    </message>
    <message>
        <source>Both --slug and --name are required.</source>
        <translation>Se necesitan --slug y --name.</translation>
    </message>
    <message>
        <source>--status must be active, suspended or churned.</source>
        <translation>--status debe ser active, suspended o churned.</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>Se añadió %1 (%2).</translation>
    </message>
    <message>
        <source>Imports clients from a CSV or JSON file. Every rejected row is reported with its reason; accepted rows are written together or not at all.</source>
        <translation>Importa clientes desde un archivo CSV o JSON. Cada fila rechazada se indica con su motivo; las filas aceptadas se escriben todas juntas o ninguna.</translation>
    </message>
    <message>
        <source>Only check the file; write nothing.</source>
        <translation>Solo comprobar el archivo; no escribir nada.</translation>
    </message>
    <message>
        <source>CSV or JSON file.</source>
        <translation>Archivo CSV o JSON.</translation>
    </message>
    <message>
        <source>Usage: fleetdeck tenants import FILE [--dry-run]</source>
        <translation>Uso: fleetdeck tenants import FILE [--dry-run]</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MiB; split it into smaller files.</source>
        <translation>%1 ocupa más de 64 MiB; dividirlo en archivos más pequeños.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>rechazada: %1</translation>
    </message>
    <message>
        <source>%1 row(s) would be imported, %2 rejected. Nothing was written (--dry-run).</source>
        <translation>Filas que se importarían: %1; rechazadas: %2. No se escribió nada (--dry-run).</translation>
    </message>
    <message>
        <source>Imported %1 client(s); %2 row(s) rejected.</source>
        <translation>Clientes importados: %1; filas rechazadas: %2.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>No pedir confirmación.</translation>
    </message>
    <message>
        <source>Usage: fleetdeck tenants %1 SLUG [--yes]</source>
        <translation>Uso: fleetdeck tenants %1 SLUG [--yes]</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Se eliminó %1.</translation>
    </message>
    <message>
        <source>Suspended %1; it is no longer probed.</source>
        <translation>Se suspendió %1; ya no se comprueba.</translation>
    </message>
    <message>
        <source>Reactivated %1.</source>
        <translation>Se reactivó %1.</translation>
    </message>
    <message>
        <source>Usage: fleetdeck tenants list|show SLUG|add|import FILE|suspend SLUG|reactivate SLUG|remove SLUG [--demo | --profile NAME | --profile-file FILE]</source>
        <translation>Uso: fleetdeck tenants list|show SLUG|add|import FILE|suspend SLUG|reactivate SLUG|remove SLUG [--demo | --profile NAME | --profile-file FILE]</translation>
    </message>
    <message>
        <source>Not confirmed. To remove &quot;%1&quot; without a prompt, add --yes.</source>
        <translation>Sin confirmar. Para eliminar &quot;%1&quot; sin preguntar, añada --yes.</translation>
    </message>
    <message>
        <source>Not confirmed. To suspend &quot;%1&quot; without a prompt, add --yes.</source>
        <translation>Sin confirmar. Para suspender &quot;%1&quot; sin preguntar, añada --yes.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n cliente</numerusform>
            <numerusform>%n clientes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TenantsPanel</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>UpstreamCheck</name>
    <message>
        <source>Warning: the server runs with Evolution&apos;s well-known default key (BQYHJGJHJ), so anyone who can reach it can control it. Set AUTHENTICATION_API_KEY on the server and store the new key here.</source>
        <translation>Aviso: el servidor usa la clave predeterminada y conocida de Evolution (BQYHJGJHJ), así que cualquiera que pueda acceder a él puede controlarlo. Definir AUTHENTICATION_API_KEY en el servidor y guardar aquí la nueva clave.</translation>
    </message>
    <message>
        <source>Warning: this is a full-access secret key (sk_…). A restricted key (rk_…) with read access is safer for Fleetdeck.</source>
        <translation>Aviso: esta es una clave secreta de acceso total (sk_…). Una clave restringida (rk_…) con acceso de lectura es más segura para Fleetdeck.</translation>
    </message>
    <message>
        <source>no URL is set; enter the address of the service</source>
        <translation>no hay ninguna URL definida; escribir la dirección del servicio</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address</source>
        <translation>&quot;%1&quot; no es una dirección http:// o https://</translation>
    </message>
    <message>
        <source>the client&apos;s Mautic address &quot;%1&quot; is not an http:// or https:// address</source>
        <translation>la dirección de Mautic del cliente, &quot;%1&quot;, no es una dirección http:// o https://</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a client slug nor a Mautic address (https://…)</source>
        <translation>&quot;%1&quot; no es ni un slug de cliente ni una dirección de Mautic (https://…)</translation>
    </message>
    <message>
        <source>unknown upstream &quot;%1&quot; (known: %2)</source>
        <translation>servicio desconocido &quot;%1&quot; (conocidos: %2)</translation>
    </message>
    <message>
        <source>no user and password were given; enter them as user:password</source>
        <translation>no se indicaron el usuario y la contraseña; escribirlos como usuario:contraseña</translation>
    </message>
    <message>
        <source>no key was given; enter the API key</source>
        <translation>no se indicó ninguna clave; escribir la clave de API</translation>
    </message>
    <message>
        <source>the Mautic secret must be a Mautic user and password written as user:password</source>
        <translation>el secreto de Mautic debe ser un usuario y una contraseña de Mautic escritos como usuario:contraseña</translation>
    </message>
    <message>
        <source>Evolution API at %1 accepted the global API key.</source>
        <translation>Evolution API en %1 aceptó la clave de API global.</translation>
    </message>
    <message>
        <source>Evolution API %1 at %2 accepted the global API key.</source>
        <translation>Evolution API %1 en %2 aceptó la clave de API global.</translation>
    </message>
    <message>
        <source>n8n at %1 accepted the API key.</source>
        <translation>n8n en %1 aceptó la clave de API.</translation>
    </message>
    <message>
        <source>Stripe at %1 accepted the key.</source>
        <translation>Stripe en %1 aceptó la clave.</translation>
    </message>
    <message>
        <source>It is a test-mode key, so Fleetdeck will show test data, not live billing.</source>
        <translation>Es una clave del modo de prueba, así que Fleetdeck mostrará datos de prueba, no la facturación real.</translation>
    </message>
    <message>
        <source>Prometheus answered at %1.</source>
        <translation>Prometheus respondió en %1.</translation>
    </message>
    <message>
        <source>Prometheus %1 answered at %2.</source>
        <translation>Prometheus %1 respondió en %2.</translation>
    </message>
    <message>
        <source>Alertmanager answered at %1.</source>
        <translation>Alertmanager respondió en %1.</translation>
    </message>
    <message>
        <source>Alertmanager %1 answered at %2.</source>
        <translation>Alertmanager %1 respondió en %2.</translation>
    </message>
    <message>
        <source>Mautic at %1 accepted the user and password.</source>
        <translation>Mautic en %1 aceptó el usuario y la contraseña.</translation>
    </message>
    <message>
        <source>it refused the request (HTTP 403). Switch on the API and &quot;HTTP basic auth&quot; in Mautic&apos;s Configuration → API Settings, and check the user&apos;s role</source>
        <translation>rechazó la petición (HTTP 403). Activar la API y &quot;HTTP basic auth&quot; en Configuration → API Settings de Mautic y comprobar el rol del usuario</translation>
    </message>
    <message numerus="yes">
        <source>Mautic at %1 accepted the user and password; it holds %n contact(s).</source>
        <translation>
            <numerusform>Mautic en %1 aceptó el usuario y la contraseña; contiene %n contacto.</numerusform>
            <numerusform>Mautic en %1 aceptó el usuario y la contraseña; contiene %n contactos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhatsApp</name>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>Vinculando</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>logged out from the phone</source>
        <translation>sesión cerrada desde el teléfono</translation>
    </message>
    <message>
        <source>refused by WhatsApp (number banned or restricted?)</source>
        <translation>rechazado por WhatsApp (¿número bloqueado o restringido?)</translation>
    </message>
    <message>
        <source>refused by WhatsApp (session not accepted)</source>
        <translation>rechazado por WhatsApp (sesión no aceptada)</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>conexión perdida</translation>
    </message>
    <message>
        <source>multi-device mismatch</source>
        <translation>conflicto multidispositivo</translation>
    </message>
    <message>
        <source>connection closed</source>
        <translation>conexión cerrada</translation>
    </message>
    <message>
        <source>replaced by another session</source>
        <translation>sustituida por otra sesión</translation>
    </message>
    <message>
        <source>bad session</source>
        <translation>sesión no válida</translation>
    </message>
    <message>
        <source>WhatsApp unavailable</source>
        <translation>WhatsApp no disponible</translation>
    </message>
    <message>
        <source>restart required</source>
        <translation>se requiere reinicio</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>código %1</translation>
    </message>
</context>
<context>
    <name>WhatsAppCommand</name>
    <message>
        <source>Evolution API is not set up in this profile: add its URL and the name of its key (&quot;upstreams.evolution&quot;), then store the key with &quot;fleetdeck secret set NAME&quot;.</source>
        <translation>Falta configurar Evolution API en este perfil: añadir su URL y el nombre de su clave (&quot;upstreams.evolution&quot;) y guardar la clave con &quot;fleetdeck secret set NAME&quot;.</translation>
    </message>
    <message>
        <source>Lists the WhatsApp instances of Evolution API with their clients, live state, phone number, profile name and stored counts.</source>
        <translation>Lista las instancias de WhatsApp de Evolution API con sus clientes, su estado en vivo, el número de teléfono, el nombre de perfil y la cantidad de mensajes, contactos y chats guardados.</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>Mostrar JSON en lugar de una tabla.</translation>
    </message>
    <message>
        <source>CLIENT</source>
        <translation>CLIENTE</translation>
    </message>
    <message>
        <source>INSTANCE</source>
        <translation>INSTANCIA</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>TELÉFONO</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PERFIL</translation>
    </message>
    <message>
        <source>MESSAGES</source>
        <translation>MENSAJES</translation>
    </message>
    <message>
        <source>CONTACTS</source>
        <translation>CONTACTOS</translation>
    </message>
    <message>
        <source>CHATS</source>
        <translation>CHATS</translation>
    </message>
    <message>
        <source>LAST DISCONNECTION</source>
        <translation>ÚLTIMA DESCONEXIÓN</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>Inoperativo</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>(sin asignar)</translation>
    </message>
    <message>
        <source>the server sent no code to draw</source>
        <translation>el servidor no envió ningún código que dibujar</translation>
    </message>
    <message>
        <source>Pairs a WhatsApp number with an Evolution instance without the window: prints each QR code (or writes it to --png FILE as it rotates) until the phone has scanned it.
Exit code: 0 connected, 1 not connected (the reason is printed), 64 bad usage.</source>
        <translation>Vincula un número de WhatsApp con una instancia de Evolution sin abrir la ventana: muestra cada código QR (o lo escribe en --png FILE cada vez que cambia) hasta que el teléfono lo escanee.
Código de salida: 0 conectado, 1 no conectado (se muestra el motivo), 64 uso incorrecto.</translation>
    </message>
    <message>
        <source>The Evolution instance&apos;s name.</source>
        <translation>El nombre de la instancia de Evolution.</translation>
    </message>
    <message>
        <source>Write the current QR code to FILE (replaced as it rotates).</source>
        <translation>Escribir el código QR actual en FILE (se reemplaza cada vez que cambia).</translation>
    </message>
    <message>
        <source>Pair with an 8-character code typed on this phone (digits with country code) instead of a QR code.</source>
        <translation>Vincular con un código de 8 caracteres que se escribe en este teléfono (dígitos con el prefijo del país) en lugar de un código QR.</translation>
    </message>
    <message>
        <source>Give up after SECONDS (default 300).</source>
        <translation>Abandonar tras SECONDS segundos (predeterminado: 300).</translation>
    </message>
    <message>
        <source>Give exactly one instance name, e.g. &quot;fleetdeck whatsapp pair tenant-acme --png qr.png&quot;.</source>
        <translation>Indicar exactamente un nombre de instancia, p. ej. &quot;fleetdeck whatsapp pair tenant-acme --png qr.png&quot;.</translation>
    </message>
    <message>
        <source>the code was not scanned</source>
        <translation>el código no se escaneó</translation>
    </message>
    <message>
        <source>WhatsApp issued no code</source>
        <translation>WhatsApp no emitió ningún código</translation>
    </message>
    <message>
        <source>Not connected within %1 s: %2</source>
        <translation>No se conectó en %1 s: %2</translation>
    </message>
    <message>
        <source>Waiting for WhatsApp to issue a code…</source>
        <translation>Esperando a que WhatsApp emita un código…</translation>
    </message>
    <message>
        <source>Pairing code: %1 (WhatsApp → Linked devices → Link with phone number)</source>
        <translation>Código de vinculación: %1 (WhatsApp → Dispositivos vinculados → Vincular con el número de teléfono)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>QR code %1 of %2 written to %3; scan it with WhatsApp → Linked devices → Link a device.</source>
        <translation>Código QR %1 de %2 escrito en %3; escanearlo con WhatsApp → Dispositivos vinculados → Vincular un dispositivo.</translation>
    </message>
    <message>
        <source>QR code %1 of %2; scan it with WhatsApp → Linked devices → Link a device.</source>
        <translation>Código QR %1 de %2; escanearlo con WhatsApp → Dispositivos vinculados → Vincular un dispositivo.</translation>
    </message>
    <message>
        <source>an unknown number</source>
        <translation>un número desconocido</translation>
    </message>
    <message>
        <source>Connected: %1.</source>
        <translation>Conectado: %1.</translation>
    </message>
    <message>
        <source>Connected: %1 (%2).</source>
        <translation>Conectado: %1 (%2).</translation>
    </message>
    <message>
        <source>Usage: fleetdeck whatsapp list [--json] | pair INSTANCE [--png FILE] [--number PHONE] [--timeout SECONDS]</source>
        <translation>Uso: fleetdeck whatsapp list [--json] | pair INSTANCE [--png FILE] [--number PHONE] [--timeout SECONDS]</translation>
    </message>
    <message>
        <source>Evolution API has no instances yet; create one in its manager, then name it in the client&apos;s record.</source>
        <translation>Evolution API aún no tiene instancias; cree una en su gestor y luego indíquela en la ficha del cliente.</translation>
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
