<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>Alert</name>
    <message>
        <source>pending</source>
        <translation>pendente</translation>
    </message>
    <message>
        <source>firing</source>
        <translation>disparado</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resolvido</translation>
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
        <translation>%1 está fora do ar</translation>
    </message>
    <message>
        <source>%1 is down: %2</source>
        <translation>%1 está fora do ar: %2</translation>
    </message>
    <message numerus="yes">
        <source>Host %1 is down; %n client(s) run on it</source>
        <translation>
            <numerusform>O host %1 está fora do ar; %n cliente roda nele</numerusform>
            <numerusform>O host %1 está fora do ar; %n clientes rodam nele</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answers slowly: %2 s (limit %3 s)</source>
        <translation>%1 responde devagar: %2 s (limite %3 s)</translation>
    </message>
    <message>
        <source>The disk of %1 is %2 % full (limit %3 %)</source>
        <translation>O disco de %1 está %2 % cheio (limite %3 %)</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 has expired</source>
        <translation>O certificado TLS de %1 expirou</translation>
    </message>
    <message numerus="yes">
        <source>The TLS certificate of %1 expires in %n day(s)</source>
        <translation>
            <numerusform>O certificado TLS de %1 expira em %n dia</numerusform>
            <numerusform>O certificado TLS de %1 expira em %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>The last backup of %1 is %2 old (expected every %3)</source>
        <translation>O último backup de %1 foi feito há %2 (esperado a cada %3)</translation>
    </message>
    <message>
        <source>%1 cannot be reached</source>
        <translation>%1 não pode ser alcançado</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>%1 não pode ser alcançado: %2</translation>
    </message>
    <message>
        <source>%1: %2 is %3 (threshold %4)</source>
        <translation>%1: %2 está em %3 (limite %4)</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>%1 — %2 MRR at stake</source>
        <translation>%1 — %2 de MRR em risco</translation>
    </message>
    <message>
        <source>Pending (%1): %2</source>
        <translation>Pendente (%1): %2</translation>
    </message>
    <message>
        <source>Cleared before it fired: %1</source>
        <translation>Normalizou antes de disparar: %1</translation>
    </message>
    <message>
        <source>Fired (%1): %2</source>
        <translation>Disparou (%1): %2</translation>
    </message>
    <message>
        <source>Escalated from %1 to %2: %3</source>
        <translation>Escalou de %1 para %2: %3</translation>
    </message>
    <message>
        <source>Eased from %1 to %2: %3</source>
        <translation>Reduziu de %1 para %2: %3</translation>
    </message>
    <message>
        <source>Still firing after %1 (%2): %3</source>
        <translation>Ainda disparado após %1 (%2): %3</translation>
    </message>
    <message>
        <source>Resolved after %1: %2</source>
        <translation>Resolvido após %1: %2</translation>
    </message>
    <message>
        <source>Closed without a notice (no longer monitored, or its rule is off): %1</source>
        <translation>Encerrado sem aviso (não é mais monitorado ou a regra está desativada): %1</translation>
    </message>
    <message>
        <source>Suppressed, %1: %2</source>
        <translation>Suprimido, %1: %2</translation>
    </message>
    <message>
        <source>No longer suppressed: %1</source>
        <translation>Não está mais suprimido: %1</translation>
    </message>
    <message>
        <source>Acknowledged, %1 handles it: %2</source>
        <translation>Reconhecido, %1 está cuidando: %2</translation>
    </message>
    <message>
        <source>Acknowledged, %1 handles it (%2): %3</source>
        <translation>Reconhecido, %1 está cuidando (%2): %3</translation>
    </message>
    <message>
        <source>No longer acknowledged: %1</source>
        <translation>Não está mais reconhecido: %1</translation>
    </message>
    <message>
        <source>Silenced in Alertmanager: %1</source>
        <translation>Silenciado no Alertmanager: %1</translation>
    </message>
    <message>
        <source>Silenced until %1 by %2: %3</source>
        <translation>Silenciado até %1 por %2: %3</translation>
    </message>
    <message>
        <source>Silence over: %1</source>
        <translation>Silenciamento encerrado: %1</translation>
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
        <translation>suprimido porque %1 está fora do ar</translation>
    </message>
    <message>
        <source>WhatsApp of %1 is disconnected</source>
        <translation>O WhatsApp de %1 está desconectado</translation>
    </message>
    <message>
        <source>WhatsApp of %1 is disconnected: %2</source>
        <translation>O WhatsApp de %1 está desconectado: %2</translation>
    </message>
    <message numerus="yes">
        <source>WhatsApp of %1 is in a reconnect loop: %n state change(s) in 10 minutes</source>
        <translation>
            <numerusform>O WhatsApp de %1 está em um loop de reconexão: %n mudança de estado em 10 minutos</numerusform>
            <numerusform>O WhatsApp de %1 está em um loop de reconexão: %n mudanças de estado em 10 minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>WhatsApp of %1 says it is connected but cannot send (Connection Closed)</source>
        <translation>O WhatsApp de %1 diz que está conectado, mas não consegue enviar (Connection Closed)</translation>
    </message>
</context>
<context>
    <name>AlertRule</name>
    <message>
        <source>the rule id &quot;%1&quot; must be 1–64 lower-case letters, digits or underscores</source>
        <translation>o id da regra &quot;%1&quot; deve ter de 1 a 64 letras minúsculas, dígitos ou sublinhados</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; has no threshold</source>
        <translation>a regra &quot;%1&quot; não tem limite</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot;: thresholds must go from the lowest severity to the highest, one per severity</source>
        <translation>regra &quot;%1&quot;: os limites devem ir da menor severidade para a maior, um por severidade</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot;: a threshold is not a number</source>
        <translation>regra &quot;%1&quot;: um limite não é um número</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot;: it takes at least one sample to fire and one to resolve</source>
        <translation>regra &quot;%1&quot;: é preciso pelo menos uma amostra para disparar e uma para resolver</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot;: durations cannot be negative</source>
        <translation>regra &quot;%1&quot;: durações não podem ser negativas</translation>
    </message>
</context>
<context>
    <name>AlertRuleSet</name>
    <message>
        <source>alert rules: %1</source>
        <translation>regras de alerta: %1</translation>
    </message>
    <message>
        <source>a rule is not an object</source>
        <translation>uma regra não é um objeto</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; has an unknown comparison or measure</source>
        <translation>a regra &quot;%1&quot; tem uma comparação ou medida desconhecida</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; has an unreadable threshold</source>
        <translation>a regra &quot;%1&quot; tem um limite ilegível</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; is listed twice</source>
        <translation>a regra &quot;%1&quot; aparece duas vezes</translation>
    </message>
    <message>
        <source>%1 (for %2)</source>
        <translation>%1 (por %2)</translation>
    </message>
    <message>
        <source>alert rules: not readable (%1)</source>
        <translation>regras de alerta: não legíveis (%1)</translation>
    </message>
    <message>
        <source>alert rules: unknown format version %1</source>
        <translation>regras de alerta: versão de formato desconhecida %1</translation>
    </message>
</context>
<context>
    <name>AlertService</name>
    <message>
        <source>The registry is not open, so acknowledgements cannot be shared. Check the registry in the profile.</source>
        <translation>O registro não está aberto, então os reconhecimentos não podem ser compartilhados. Verifique o registro no perfil.</translation>
    </message>
    <message>
        <source>Silenced from Fleetdeck</source>
        <translation>Silenciado pelo Fleetdeck</translation>
    </message>
</context>
<context>
    <name>AlertSeverity</name>
    <message>
        <source>low</source>
        <translation>baixa</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>média</translation>
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
        <translation>nenhuma URL definida; informe o endereço do Alertmanager</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address</source>
        <translation>&quot;%1&quot; não é um endereço http:// ou https://</translation>
    </message>
    <message>
        <source>a silence needs at least one matcher</source>
        <translation>um silenciamento precisa de pelo menos um matcher</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid label name</source>
        <translation>&quot;%1&quot; não é um nome de label válido</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid regular expression</source>
        <translation>&quot;%1&quot; não é uma expressão regular válida</translation>
    </message>
    <message>
        <source>at least one matcher must not match an empty value, or it would silence everything</source>
        <translation>pelo menos um matcher não pode corresponder a um valor vazio, senão silenciaria tudo</translation>
    </message>
    <message>
        <source>a silence needs a start and an end time</source>
        <translation>um silenciamento precisa de um horário de início e de fim</translation>
    </message>
    <message>
        <source>the silence must start before it ends</source>
        <translation>o silenciamento deve começar antes de terminar</translation>
    </message>
    <message>
        <source>the silence would end in the past</source>
        <translation>o silenciamento terminaria no passado</translation>
    </message>
    <message>
        <source>say who creates the silence</source>
        <translation>informe quem cria o silenciamento</translation>
    </message>
    <message>
        <source>say why the alerts are silenced (a comment)</source>
        <translation>informe por que os alertas são silenciados (um comentário)</translation>
    </message>
    <message>
        <source>no silence id was given</source>
        <translation>nenhum id de silenciamento foi informado</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server</source>
        <translation>O servidor</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <source>%1 could not be reached (%2). Check that the service is running and that this computer is online.</source>
        <translation>Não foi possível acessar %1 (%2). Verifique se o serviço está em execução e se este computador está online.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. It may be overloaded; Fleetdeck keeps the last known data and will try again.</source>
        <translation>%1 não respondeu a tempo. Pode estar sobrecarregado; o Fleetdeck mantém os últimos dados conhecidos e vai tentar de novo.</translation>
    </message>
    <message>
        <source>%1 failed the secure-connection check: %2. Renew or fix the certificate, or add its CA to the profile.</source>
        <translation>%1 falhou na verificação de conexão segura: %2. Renove ou corrija o certificado, ou adicione a CA dele ao perfil.</translation>
    </message>
    <message>
        <source>%1 answered %2: %3</source>
        <translation>%1 respondeu %2: %3</translation>
    </message>
    <message>
        <source>%1 answered %2: the credential was refused. Store a valid key for this upstream in the profile.</source>
        <translation>%1 respondeu %2: a credencial foi recusada. Salve uma chave válida para este serviço no perfil.</translation>
    </message>
    <message>
        <source>%1 is rate-limiting Fleetdeck (HTTP %2); it asked to wait %3 s. Fleetdeck will slow down and retry.</source>
        <translation>%1 está limitando as requisições do Fleetdeck (HTTP %2) e pediu para aguardar %3 s. O Fleetdeck vai reduzir o ritmo e tentar de novo.</translation>
    </message>
    <message>
        <source>%1 is rate-limiting Fleetdeck (HTTP %2). Fleetdeck will slow down and retry.</source>
        <translation>%1 está limitando as requisições do Fleetdeck (HTTP %2). O Fleetdeck vai reduzir o ritmo e tentar de novo.</translation>
    </message>
    <message>
        <source>%1 sent an answer Fleetdeck could not read (%2). The last good data is kept; check the service&apos;s version.</source>
        <translation>%1 enviou uma resposta que o Fleetdeck não conseguiu ler (%2). Os últimos dados válidos foram mantidos; verifique a versão do serviço.</translation>
    </message>
    <message>
        <source>%1 sent an answer larger than the limit (%2); it was dropped to protect memory.</source>
        <translation>%1 enviou uma resposta maior que o limite (%2); ela foi descartada para proteger a memória.</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation>A requisição para %1 foi cancelada.</translation>
    </message>
    <message>
        <source>Refused to send a credential to %1 over plain http://. Use https://, or set &quot;allowInsecureHttp&quot;: true in the profile if this network is trusted.</source>
        <translation>O Fleetdeck se recusou a enviar uma credencial para %1 via http:// simples. Use https://, ou defina &quot;allowInsecureHttp&quot;: true no perfil se esta rede for confiável.</translation>
    </message>
    <message>
        <source>%1 is not configured correctly: %2</source>
        <translation>A configuração de %1 não está correta: %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Use a simulated platform started in-process (nothing real is touched).</source>
        <translation>Usar uma plataforma simulada, iniciada no próprio processo (nada real é afetado).</translation>
    </message>
    <message>
        <source>Use the saved profile NAME.</source>
        <translation>Usar o perfil salvo NAME.</translation>
    </message>
    <message>
        <source>Use the profile in FILE (JSON, no secrets).</source>
        <translation>Usar o perfil do arquivo FILE (JSON, sem segredos).</translation>
    </message>
    <message>
        <source>Number of simulated clients with --demo (default 40).</source>
        <translation>Número de clientes simulados com --demo (padrão: 40).</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for usage.</source>
        <translation>Execute &quot;%1 --help&quot; para ver como usar.</translation>
    </message>
    <message>
        <source>Choose one of --demo, --profile and --profile-file.</source>
        <translation>Escolha apenas uma das opções --demo, --profile e --profile-file.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando desconhecido: &quot;%1&quot;.</translation>
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

Sem um comando, o Fleetdeck abre a janela.

Comandos:
  status      Verifica cada cliente uma vez e mostra o status geral (código de saída 0 ok, 1 aviso, 2 crítico, 3 desconhecido)
  alerts      Verifica uma vez e lista os alertas (disparados, pendentes, reconhecidos, silenciados, resolvidos)
  ack         Reconhece um alerta com uma observação, no registro compartilhado pela equipe
  revenue     Mostra o MRR por moeda a partir do Stripe, os clientes pagantes e as faturas em aberto; --explain SLUG mostra o cálculo
  whatsapp    Lista as instâncias de WhatsApp ou pareia uma com um celular (QR code ou código de pareamento)
  tenants     Lista, adiciona, importa, suspende, reativa ou remove clientes do registro
  profiles    Lista, importa, mostra, escolhe ou remove perfis de conexão salvos
  secret      Salva, verifica ou exclui um segredo no chaveiro do sistema

Opções comuns: --demo | --profile NAME | --profile-file FILE
Execute &quot;fleetdeck &lt;command&gt; --help&quot; para ver as opções de um comando.
</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>must be a string</source>
        <translation>deve ser um texto</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>deve ser um número inteiro</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>deve estar entre %1 e %2</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>deve ser true ou false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2</source>
        <translation>&quot;%1&quot; %2</translation>
    </message>
    <message>
        <source>Cannot read the profile file %1: %2</source>
        <translation>Não foi possível ler o arquivo de perfil %1: %2</translation>
    </message>
    <message>
        <source>The profile file %1 is larger than 4 MiB; it is not a profile.</source>
        <translation>O arquivo de perfil %1 tem mais de 4 MiB; não é um perfil.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the profile is not a JSON object; see &quot;Profile file&quot; in README.md</source>
        <translation>o perfil não é um objeto JSON; veja &quot;Profile file&quot; no README.md</translation>
    </message>
    <message>
        <source>profile files must not hold secrets (found &quot;%1&quot;). Store the value in the keychain and name it with &quot;secret&quot;.</source>
        <translation>arquivos de perfil não podem conter segredos (encontrado: &quot;%1&quot;). Salve o valor no chaveiro e indique o nome dele em &quot;secret&quot;.</translation>
    </message>
    <message>
        <source>&quot;registry&quot; must be an object</source>
        <translation>&quot;registry&quot; deve ser um objeto</translation>
    </message>
    <message>
        <source>&quot;health&quot; must be an object</source>
        <translation>&quot;health&quot; deve ser um objeto</translation>
    </message>
    <message>
        <source>&quot;tls&quot; must be an object</source>
        <translation>&quot;tls&quot; deve ser um objeto</translation>
    </message>
    <message>
        <source>&quot;upstreams&quot; must be an object</source>
        <translation>&quot;upstreams&quot; deve ser um objeto</translation>
    </message>
    <message>
        <source>unknown upstream &quot;%1&quot; (known: %2)</source>
        <translation>serviço desconhecido &quot;%1&quot; (conhecidos: %2)</translation>
    </message>
    <message>
        <source>&quot;upstreams.%1&quot; must be an object</source>
        <translation>&quot;upstreams.%1&quot; deve ser um objeto</translation>
    </message>
    <message>
        <source>the profile needs a &quot;name&quot;</source>
        <translation>o perfil precisa de um &quot;name&quot;</translation>
    </message>
    <message>
        <source>&quot;registry.driver&quot; must be &quot;sqlite&quot; or &quot;postgres&quot;, not &quot;%1&quot;</source>
        <translation>&quot;registry.driver&quot; deve ser &quot;sqlite&quot; ou &quot;postgres&quot;, não &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a PostgreSQL registry needs &quot;registry.database&quot;</source>
        <translation>um registro PostgreSQL precisa de &quot;registry.database&quot;</translation>
    </message>
    <message>
        <source>a PostgreSQL registry needs &quot;registry.user&quot;</source>
        <translation>um registro PostgreSQL precisa de &quot;registry.user&quot;</translation>
    </message>
    <message>
        <source>&quot;upstreams.%1.url&quot; must be an http:// or https:// address</source>
        <translation>&quot;upstreams.%1.url&quot; deve ser um endereço http:// ou https://</translation>
    </message>
    <message>
        <source>&quot;tls.caPem&quot; holds no PEM certificate</source>
        <translation>&quot;tls.caPem&quot; não contém nenhum certificado PEM</translation>
    </message>
    <message>
        <source>cannot read &quot;tls.caFile&quot; %1: %2</source>
        <translation>não foi possível ler &quot;tls.caFile&quot; %1: %2</translation>
    </message>
    <message>
        <source>&quot;tls.caFile&quot; %1 holds no PEM certificate</source>
        <translation>&quot;tls.caFile&quot; %1 não contém nenhum certificado PEM</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>the SQLite driver for Qt is missing (install libqt6sql6-sqlite)</source>
        <translation>o driver SQLite do Qt não está instalado (instale libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>the PostgreSQL driver for Qt is missing (install libqt6sql6-psql)</source>
        <translation>o driver PostgreSQL do Qt não está instalado (instale libqt6sql6-psql)</translation>
    </message>
</context>
<context>
    <name>EvolutionClient</name>
    <message>
        <source>no URL is set; enter the address of the Evolution API server</source>
        <translation>nenhuma URL definida; informe o endereço do servidor do Evolution API</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address</source>
        <translation>&quot;%1&quot; não é um endereço http:// ou https://</translation>
    </message>
    <message>
        <source>no API key is stored; store the server&apos;s global API key in the profile</source>
        <translation>nenhuma chave de API salva; salve a chave de API global do servidor no perfil</translation>
    </message>
    <message>
        <source>the new instance needs a name</source>
        <translation>a nova instância precisa de um nome</translation>
    </message>
    <message>
        <source>enter the number with its country code, digits only (e.g. 5511988887777)</source>
        <translation>informe o número com o código do país (DDI), só dígitos (ex.: 5511988887777)</translation>
    </message>
</context>
<context>
    <name>FleetState</name>
    <message>
        <source>not checked for more than %1 s</source>
        <translation>sem verificação há mais de %1 s</translation>
    </message>
    <message>
        <source>last known state from the local cache</source>
        <translation>último estado conhecido, do cache local</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::AlertAcknowledgeDialog</name>
    <message>
        <source>Acknowledge alert</source>
        <translation>Reconhecer alerta</translation>
    </message>
    <message>
        <source>The owner handles it: Fleetdeck stops reminding anyone about this alert unless it gets worse. Every console connected to the registry sees who took it.</source>
        <translation>O responsável cuida dele: o Fleetdeck deixa de lembrar qualquer pessoa sobre este alerta, a menos que ele piore. Todo console conectado ao registro vê quem o assumiu.</translation>
    </message>
    <message>
        <source>who handles it, e.g. ana@office</source>
        <translation>quem cuida dele, ex.: ana@office</translation>
    </message>
    <message>
        <source>Optional: what you are doing about it, e.g. &quot;restarting the container&quot;</source>
        <translation>Opcional: o que você está fazendo a respeito, ex.: &quot;reiniciando o contêiner&quot;</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Reconhecer</translation>
    </message>
    <message>
        <source>Acknowledging…</source>
        <translation>Reconhecendo…</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Responsável</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Observação</translation>
    </message>
    <message>
        <source>Say who handles the alert, so the team knows whom to ask.</source>
        <translation>Informe quem cuida do alerta, para que a equipe saiba a quem perguntar.</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::AlertHistoryModel</name>
    <message>
        <source>pending</source>
        <translation>pendente</translation>
    </message>
    <message>
        <source>cleared before firing</source>
        <translation>normalizado antes de disparar</translation>
    </message>
    <message>
        <source>fired</source>
        <translation>disparado</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>escalado</translation>
    </message>
    <message>
        <source>de-escalated</source>
        <translation>reduzido</translation>
    </message>
    <message>
        <source>reminder</source>
        <translation>lembrete</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resolvido</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>encerrado</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>suprimido</translation>
    </message>
    <message>
        <source>no longer suppressed</source>
        <translation>não mais suprimido</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>reconhecido</translation>
    </message>
    <message>
        <source>un-acknowledged</source>
        <translation>reconhecimento removido</translation>
    </message>
    <message>
        <source>silenced</source>
        <translation>silenciado</translation>
    </message>
    <message>
        <source>silence ended</source>
        <translation>silenciamento encerrado</translation>
    </message>
    <message>
        <source>Alertmanager alert</source>
        <translation>Alerta do Alertmanager</translation>
    </message>
    <message>
        <source>server %1</source>
        <translation>servidor %1</translation>
    </message>
    <message>
        <source>data source %1</source>
        <translation>fonte de dados %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horário</translation>
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
        <translation>Severidade</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::AlertNoteDialog</name>
    <message>
        <source>Add a note</source>
        <translation>Adicionar uma observação</translation>
    </message>
    <message>
        <source>Notes are kept in the registry with your name and the time; everyone who opens this alert reads them.</source>
        <translation>As observações ficam no registro com seu nome e o horário; todos que abrem este alerta as leem.</translation>
    </message>
    <message>
        <source>e.g. &quot;Client told by phone; restart planned at 18:00&quot;</source>
        <translation>ex.: &quot;Cliente avisado por telefone; reinício planejado para 18:00&quot;</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Adicionar observação</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Adicionando…</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Escreva a observação primeiro.</translation>
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
        <translation> dias</translation>
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
        <translation>quando inalcançável</translation>
    </message>
    <message>
        <source>when down</source>
        <translation>quando fora do ar</translation>
    </message>
    <message>
        <source>A client&apos;s health endpoint does not answer.</source>
        <translation>Um endpoint de saúde de um cliente não responde.</translation>
    </message>
    <message>
        <source>A client&apos;s slowest health endpoint takes longer than this to answer.</source>
        <translation>O endpoint de saúde mais lento de um cliente demora mais do que isso para responder.</translation>
    </message>
    <message>
        <source>A disk of a server or component is at least this full.</source>
        <translation>Um disco de um servidor ou componente está pelo menos tão cheio quanto isso.</translation>
    </message>
    <message>
        <source>A TLS certificate expires in fewer days than this (0 = it has expired).</source>
        <translation>Um certificado TLS expira em menos dias do que isso (0 = já expirou).</translation>
    </message>
    <message>
        <source>The last successful backup is older than this.</source>
        <translation>O último backup bem-sucedido é mais antigo do que isso.</translation>
    </message>
    <message>
        <source>A source of data (Prometheus, Alertmanager, billing, …) cannot be reached.</source>
        <translation>Uma fonte de dados (Prometheus, Alertmanager, faturamento, …) não pode ser alcançada.</translation>
    </message>
    <message>
        <source>A server does not answer.</source>
        <translation>Um servidor não responde.</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baixa</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Média</translation>
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
        <translation>%1: o limite de %2 não pode ser menor que o de %3.</translation>
    </message>
    <message>
        <source>%1: the %2 threshold cannot be higher than the %3 one.</source>
        <translation>%1: o limite de %2 não pode ser maior que o de %3.</translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation>Regras de alerta</translation>
    </message>
    <message>
        <source>Every client and server (defaults)</source>
        <translation>Todos os clientes e servidores (padrão)</translation>
    </message>
    <message>
        <source>Rules &amp;for:</source>
        <translation>Regras &amp;para:</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation>&amp;Restaurar padrões</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regra</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ativa</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Espera</translation>
    </message>
    <message>
        <source>Fire after
failures</source>
        <translation>Disparar após
falhas</translation>
    </message>
    <message>
        <source>Resolve after
successes</source>
        <translation>Resolver após
sucessos</translation>
    </message>
    <message>
        <source>Remind
every</source>
        <translation>Lembrar
a cada</translation>
    </message>
    <message>
        <source>Wait: how long the problem must last before the alert fires.</source>
        <translation>Espera: quanto tempo o problema deve durar antes de o alerta disparar.</translation>
    </message>
    <message>
        <source>Fire after: how many checks in a row must fail before the alert fires.</source>
        <translation>Disparar após: quantas verificações seguidas devem falhar antes de o alerta disparar.</translation>
    </message>
    <message>
        <source>Resolve after: how many checks in a row must pass before the alert resolves.</source>
        <translation>Resolver após: quantas verificações seguidas devem passar antes de o alerta ser resolvido.</translation>
    </message>
    <message>
        <source>Remind every: how often a firing alert nobody acknowledged is notified again.</source>
        <translation>Lembrar a cada: com que frequência um alerta disparado que ninguém reconheceu é notificado de novo.</translation>
    </message>
    <message>
        <source>Thresholds are in seconds for answer times, % for disk use, days before a certificate expires and hours since the last backup. Wait is in minutes; a check runs on every refresh.</source>
        <translation>Os limites são em segundos para tempos de resposta, em % para uso de disco, em dias antes de um certificado expirar e em horas desde o último backup. A espera é em minutos; uma verificação roda a cada atualização.</translation>
    </message>
    <message>
        <source>Site down</source>
        <translation>Site fora do ar</translation>
    </message>
    <message>
        <source>Slow answers</source>
        <translation>Respostas lentas</translation>
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
        <translation>Idade do backup</translation>
    </message>
    <message>
        <source>Source unreachable</source>
        <translation>Fonte inalcançável</translation>
    </message>
    <message>
        <source>Server down</source>
        <translation>Servidor fora do ar</translation>
    </message>
    <message>
        <source>%1 on</source>
        <translation>%1 ativa</translation>
    </message>
    <message>
        <source>%1, %2 threshold</source>
        <translation>%1, limite de %2</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>%1, wait in minutes</source>
        <translation>%1, espera em minutos</translation>
    </message>
    <message>
        <source>%1, failures to fire</source>
        <translation>%1, falhas para disparar</translation>
    </message>
    <message>
        <source>%1, successes to resolve</source>
        <translation>%1, sucessos para resolver</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>%1, remind every (minutes, 0 = never)</source>
        <translation>%1, lembrar a cada (minutos, 0 = nunca)</translation>
    </message>
    <message>
        <source>These rules apply to every client and server that has no rules of its own.</source>
        <translation>Estas regras se aplicam a todos os clientes e servidores que não têm regras próprias.</translation>
    </message>
    <message>
        <source>Put back the thresholds Fleetdeck comes with. Clients&apos; own rules stay.</source>
        <translation>Restaura os limites que vêm com o Fleetdeck. As regras próprias dos clientes são mantidas.</translation>
    </message>
    <message>
        <source>Changes apply to %1 only. Rules in bold differ from the defaults.</source>
        <translation>As alterações se aplicam somente a %1. Regras em negrito diferem do padrão.</translation>
    </message>
    <message>
        <source>Drop this client&apos;s own rules, so the defaults apply to it again.</source>
        <translation>Descarta as regras próprias deste cliente, para que o padrão volte a valer para ele.</translation>
    </message>
    <message>
        <source>%1 (for %2)</source>
        <translation>%1 (para %2)</translation>
    </message>
    <message>
        <source>This client has its own setting.</source>
        <translation>Este cliente tem uma configuração própria.</translation>
    </message>
    <message>
        <source>%1 — own rules</source>
        <translation>%1 — regras próprias</translation>
    </message>
    <message>
        <source>when disconnected</source>
        <translation>quando desconectado</translation>
    </message>
    <message>
        <source>when sending fails</source>
        <translation>quando o envio falha</translation>
    </message>
    <message>
        <source> changes</source>
        <translation> mudanças</translation>
    </message>
    <message>
        <source>A WhatsApp number that was paired is no longer connected.</source>
        <translation>Um número de WhatsApp que estava pareado não está mais conectado.</translation>
    </message>
    <message>
        <source>A WhatsApp number changed state more often than this in ten minutes.</source>
        <translation>Um número de WhatsApp mudou de estado mais vezes do que isso em dez minutos.</translation>
    </message>
    <message>
        <source>A WhatsApp number says it is connected, but sending fails.</source>
        <translation>Um número de WhatsApp diz que está conectado, mas o envio falha.</translation>
    </message>
    <message>
        <source>WhatsApp disconnected</source>
        <translation>WhatsApp desconectado</translation>
    </message>
    <message>
        <source>WhatsApp reconnect loop</source>
        <translation>Loop de reconexão do WhatsApp</translation>
    </message>
    <message>
        <source>WhatsApp connected but dead</source>
        <translation>WhatsApp conectado, mas inoperante</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::AlertSilenceDialog</name>
    <message>
        <source>until %1</source>
        <translation>até %1</translation>
    </message>
    <message>
        <source>until %1 %2</source>
        <translation>até %1 %2</translation>
    </message>
    <message>
        <source>Also silence it in &amp;Alertmanager</source>
        <translation>Silenciar também no &amp;Alertmanager</translation>
    </message>
    <message>
        <source>Silence alert</source>
        <translation>Silenciar alerta</translation>
    </message>
    <message>
        <source>A silenced alert stays in the list but notifies nobody until the silence ends. If it is still firing then, it needs attention again.</source>
        <translation>Um alerta silenciado continua na lista, mas não notifica ninguém até o silenciamento terminar. Se ainda estiver disparado então, volta a precisar de atenção.</translation>
    </message>
    <message>
        <source>For &amp;1 hour</source>
        <translation>Por &amp;1 hora</translation>
    </message>
    <message>
        <source>For &amp;8 hours</source>
        <translation>Por &amp;8 horas</translation>
    </message>
    <message>
        <source>For &amp;24 hours</source>
        <translation>Por &amp;24 horas</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>A&amp;té</translation>
    </message>
    <message>
        <source>Optional: why, e.g. &quot;maintenance window&quot;</source>
        <translation>Opcional: por quê, ex.: &quot;janela de manutenção&quot;</translation>
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
        <translation>&amp;Observação</translation>
    </message>
    <message>
        <source>Its other receivers (e-mail, chat, tickets) go quiet too, for everyone, until the same time.</source>
        <translation>Os outros destinatários dele (e-mail, chat, tickets) também ficam em silêncio, para todos, até o mesmo horário.</translation>
    </message>
    <message>
        <source>Choose a time at least a minute from now.</source>
        <translation>Escolha um horário pelo menos um minuto a partir de agora.</translation>
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
        <translation>resolvido</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendente</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>suprimido</translation>
    </message>
    <message>
        <source>silenced until %1</source>
        <translation>silenciado até %1</translation>
    </message>
    <message>
        <source>silenced in Alertmanager</source>
        <translation>silenciado no Alertmanager</translation>
    </message>
    <message>
        <source>acknowledged by %1</source>
        <translation>reconhecido por %1</translation>
    </message>
    <message>
        <source>firing</source>
        <translation>disparado</translation>
    </message>
    <message>
        <source>server %1</source>
        <translation>servidor %1</translation>
    </message>
    <message>
        <source>data source %1</source>
        <translation>fonte de dados %1</translation>
    </message>
    <message>
        <source>platform (Alertmanager)</source>
        <translation>plataforma (Alertmanager)</translation>
    </message>
    <message>
        <source>Resolved at %1</source>
        <translation>Resolvido em %1</translation>
    </message>
    <message>
        <source>By %1 at %2</source>
        <translation>Por %1 em %2</translation>
    </message>
    <message>
        <source>No revenue known for this alert&apos;s clients</source>
        <translation>Nenhuma receita conhecida para os clientes deste alerta</translation>
    </message>
    <message numerus="yes">
        <source>Monthly recurring revenue of the %n clients affected</source>
        <translation>
            <numerusform>Receita recorrente mensal do %n cliente afetado</numerusform>
            <numerusform>Receita recorrente mensal dos %n clientes afetados</numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly recurring revenue of the client</source>
        <translation>Receita recorrente mensal do cliente</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Desde %1</translation>
    </message>
    <message>
        <source>Fired at %1</source>
        <translation>Disparou em %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Monthly recurring revenue of the clients affected</source>
        <translation>Receita recorrente mensal dos clientes afetados</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severidade</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Client or component</source>
        <translation>Cliente ou componente</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>At stake</source>
        <translation>Em risco</translation>
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
        <translation>Histórico deste alerta</translation>
    </message>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation>&amp;Reconhecer…</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>Adicionar &amp;observação…</translation>
    </message>
    <message>
        <source>&amp;Silence…</source>
        <translation>&amp;Silenciar…</translation>
    </message>
    <message>
        <source>&amp;Un-acknowledge</source>
        <translation>Remover reco&amp;nhecimento</translation>
    </message>
    <message>
        <source>&amp;Open client</source>
        <translation>Abrir &amp;cliente</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Firing, and nobody has acknowledged or silenced it</source>
        <translation>Disparado, e ninguém o reconheceu nem silenciou</translation>
    </message>
    <message>
        <source>The condition holds, but not yet long enough to fire (a blip does not page anyone)</source>
        <translation>A condição é verdadeira, mas ainda não por tempo suficiente para disparar (um pico isolado não aciona ninguém)</translation>
    </message>
    <message>
        <source>Someone handles it; Fleetdeck no longer reminds anyone</source>
        <translation>Alguém está cuidando; o Fleetdeck não lembra mais ninguém</translation>
    </message>
    <message>
        <source>Silenced until a time, silenced in Alertmanager, or suppressed because the server it runs on is down</source>
        <translation>Silenciado até um horário, silenciado no Alertmanager ou suprimido porque o servidor em que roda está fora do ar</translation>
    </message>
    <message>
        <source>Resolved recently</source>
        <translation>Resolvidos recentemente</translation>
    </message>
    <message>
        <source>Every alert Fleetdeck knows about now</source>
        <translation>Todos os alertas que o Fleetdeck conhece agora</translation>
    </message>
    <message>
        <source>Every change of every alert, newest first</source>
        <translation>Cada mudança de cada alerta, mais recentes primeiro</translation>
    </message>
    <message>
        <source>Filter by client, component, rule or text…</source>
        <translation>Filtrar por cliente, componente, regra ou texto…</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Qualquer severidade</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>High and worse</source>
        <translation>Alta ou pior</translation>
    </message>
    <message>
        <source>Medium and worse</source>
        <translation>Média ou pior</translation>
    </message>
    <message>
        <source>Needs attention (%1)</source>
        <translation>Precisam de atenção (%1)</translation>
    </message>
    <message>
        <source>Pending (%1)</source>
        <translation>Pendentes (%1)</translation>
    </message>
    <message>
        <source>Acknowledged (%1)</source>
        <translation>Reconhecidos (%1)</translation>
    </message>
    <message>
        <source>Silenced (%1)</source>
        <translation>Silenciados (%1)</translation>
    </message>
    <message>
        <source>Resolved (%1)</source>
        <translation>Resolvidos (%1)</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Todos (%1)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Nothing needs attention</source>
        <translation>Nada precisa de atenção</translation>
    </message>
    <message>
        <source>1 needs attention</source>
        <translation>1 precisa de atenção</translation>
    </message>
    <message>
        <source>%1 need attention</source>
        <translation>%1 precisam de atenção</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pendente</numerusform>
            <numerusform>%n pendentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n acknowledged</source>
        <translation>
            <numerusform>%n reconhecido</numerusform>
            <numerusform>%n reconhecidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n silenced or suppressed</source>
        <translation>
            <numerusform>%n silenciado ou suprimido</numerusform>
            <numerusform>%n silenciados ou suprimidos</numerusform>
        </translation>
    </message>
    <message>
        <source>evaluated %1</source>
        <translation>avaliado %1</translation>
    </message>
    <message numerus="yes">
        <source>Fleetdeck checks %n client(s) every %1 s</source>
        <translation>
            <numerusform>O Fleetdeck verifica %n cliente a cada %1 s</numerusform>
            <numerusform>O Fleetdeck verifica %n clientes a cada %1 s</numerusform>
        </translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>não configurado</translation>
    </message>
    <message>
        <source>answering</source>
        <translation>respondendo</translation>
    </message>
    <message>
        <source>failing (see Data sources)</source>
        <translation>com falha (veja Fontes de dados)</translation>
    </message>
    <message>
        <source>turned off</source>
        <translation>desativado</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation>ainda não consultado</translation>
    </message>
    <message>
        <source>Prometheus and Alertmanager are %1.</source>
        <translation>Prometheus e Alertmanager: %1.</translation>
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
        <translation>Lendo o histórico…</translation>
    </message>
    <message>
        <source>No alert history yet.
Every change of an alert (fired, acknowledged, silenced, resolved) is recorded here.</source>
        <translation>Ainda não há histórico de alertas.
Cada mudança de um alerta (disparado, reconhecido, silenciado, resolvido) é registrada aqui.</translation>
    </message>
    <message>
        <source>No event matches these filters.
Clear the search (Esc) or choose &quot;Any severity&quot;.</source>
        <translation>Nenhum evento corresponde a estes filtros.
Limpe a busca (Esc) ou escolha &quot;Qualquer severidade&quot;.</translation>
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
        <translation>O Fleetdeck está lendo as primeiras verificações…
Os alertas aparecem aqui assim que a primeira avaliação terminar.</translation>
    </message>
    <message>
        <source>No alert matches these filters.
Clear the search (Esc) or choose &quot;Any severity&quot;.</source>
        <translation>Nenhum alerta corresponde a estes filtros.
Limpe a busca (Esc) ou escolha &quot;Qualquer severidade&quot;.</translation>
    </message>
    <message>
        <source>No alert is firing.</source>
        <translation>Nenhum alerta está disparado.</translation>
    </message>
    <message>
        <source>%1 pending and %2 acknowledged: see their tabs.</source>
        <translation>%1 pendentes e %2 reconhecidos: veja as abas deles.</translation>
    </message>
    <message>
        <source>Nothing is pending.
An alert waits here while its condition has not lasted long enough to fire, so a single slow answer pages nobody.</source>
        <translation>Nada está pendente.
Um alerta espera aqui enquanto sua condição ainda não durou o suficiente para disparar, assim uma única resposta lenta não aciona ninguém.</translation>
    </message>
    <message>
        <source>Nobody has acknowledged an alert.
Select a firing alert and press A to take it: the team sees who handles it.</source>
        <translation>Ninguém reconheceu um alerta.
Selecione um alerta disparado e pressione A para assumi-lo: a equipe vê quem está cuidando.</translation>
    </message>
    <message>
        <source>No alert is silenced or suppressed.
Press S on a firing alert to silence it for 1, 8 or 24 hours, or until a time you choose.</source>
        <translation>Nenhum alerta está silenciado ou suprimido.
Pressione S em um alerta disparado para silenciá-lo por 1, 8 ou 24 horas, ou até um horário que você escolher.</translation>
    </message>
    <message>
        <source>No alert resolved recently.
Older changes are under History.</source>
        <translation>Nenhum alerta foi resolvido recentemente.
Mudanças mais antigas estão em Histórico.</translation>
    </message>
    <message>
        <source>No alerts.</source>
        <translation>Nenhum alerta.</translation>
    </message>
    <message>
        <source>The alert history cannot be read: %1</source>
        <translation>O histórico de alertas não pode ser lido: %1</translation>
    </message>
    <message>
        <source>Nothing to show in this list.</source>
        <translation>Nada para mostrar nesta lista.</translation>
    </message>
    <message>
        <source>Select an alert to see what it is about, who handles it and what happened.</source>
        <translation>Selecione um alerta para ver do que se trata, quem está cuidando e o que aconteceu.</translation>
    </message>
    <message>
        <source>client · %1</source>
        <translation>cliente · %1</translation>
    </message>
    <message numerus="yes">
        <source>platform · %n client(s) depend on it</source>
        <translation>
            <numerusform>plataforma · %n cliente depende dela</numerusform>
            <numerusform>plataforma · %n clientes dependem dela</numerusform>
        </translation>
    </message>
    <message>
        <source>platform</source>
        <translation>plataforma</translation>
    </message>
    <message>
        <source>from Alertmanager (%1)</source>
        <translation>do Alertmanager (%1)</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>regra %1</translation>
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
        <translation>Disparou</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolvido</translation>
    </message>
    <message>
        <source>At stake</source>
        <translation>Em risco</translation>
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
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Reconhecido</translation>
    </message>
    <message>
        <source>by %1, %2 (%3)</source>
        <translation>por %1, %2 (%3)</translation>
    </message>
    <message>
        <source>Silenced until</source>
        <translation>Silenciado até</translation>
    </message>
    <message>
        <source>%1 (ends in %2)</source>
        <translation>%1 (termina em %2)</translation>
    </message>
    <message>
        <source>Silenced</source>
        <translation>Silenciado</translation>
    </message>
    <message>
        <source>by %1, %2</source>
        <translation>por %1, %2</translation>
    </message>
    <message>
        <source>in Alertmanager (lift it there)</source>
        <translation>no Alertmanager (remova lá)</translation>
    </message>
    <message>
        <source>Suppressed</source>
        <translation>Suprimido</translation>
    </message>
    <message>
        <source>%1: the server&apos;s own alert speaks for it</source>
        <translation>%1: o alerta do próprio servidor já cobre isso</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>Alertmanager labels</source>
        <translation>Labels do Alertmanager</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>Reading the notes…</source>
        <translation>Lendo as observações…</translation>
    </message>
    <message>
        <source>No notes yet. Press N to leave one for the team.</source>
        <translation>Ainda não há observações. Pressione N para deixar uma para a equipe.</translation>
    </message>
    <message>
        <source>The registry is read-only (a support connection): acknowledging, silencing and notes are disabled. Ask someone with write access.</source>
        <translation>O registro é somente leitura (uma conexão de suporte): reconhecer, silenciar e observações estão desativados. Peça a alguém com acesso de escrita.</translation>
    </message>
    <message>
        <source>The registry %1 is read-only (a support connection): acknowledging, silencing and notes are disabled. Ask someone with write access.</source>
        <translation>O registro %1 é somente leitura (uma conexão de suporte): reconhecer, silenciar e observações estão desativados. Peça a alguém com acesso de escrita.</translation>
    </message>
    <message>
        <source>Lift &amp;silence</source>
        <translation>Remover &amp;silenciamento</translation>
    </message>
    <message>
        <source>Already acknowledged by %1</source>
        <translation>Já reconhecido por %1</translation>
    </message>
    <message>
        <source>Take the alert: the team sees who handles it, and nobody is reminded (A)</source>
        <translation>Assumir o alerta: a equipe vê quem está cuidando, e ninguém é lembrado (A)</translation>
    </message>
    <message>
        <source>Leave a note on the alert for the team (N)</source>
        <translation>Deixar uma observação no alerta para a equipe (N)</translation>
    </message>
    <message>
        <source>Quieten the alert for 1, 8 or 24 hours, or until a time (S)</source>
        <translation>Silenciar o alerta por 1, 8 ou 24 horas, ou até um horário (S)</translation>
    </message>
    <message>
        <source>Silenced in Alertmanager: lift the silence there</source>
        <translation>Silenciado no Alertmanager: remova o silenciamento lá</translation>
    </message>
    <message>
        <source>End the silence now: the alert notifies again if it still fires (U)</source>
        <translation>Encerrar o silenciamento agora: o alerta volta a notificar se ainda estiver disparado (U)</translation>
    </message>
    <message>
        <source>Give the alert back: it needs attention again if it still fires (U)</source>
        <translation>Devolver o alerta: ele volta a precisar de atenção se ainda estiver disparado (U)</translation>
    </message>
    <message>
        <source>This alert is about the platform, not one client</source>
        <translation>Este alerta é sobre a plataforma, não sobre um cliente</translation>
    </message>
    <message>
        <source>Show the client in the client list (Enter)</source>
        <translation>Mostrar o cliente na lista de clientes (Enter)</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>Reconhecer…</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Adicionar observação…</translation>
    </message>
    <message>
        <source>Silence</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>For 1 hour…</source>
        <translation>Por 1 hora…</translation>
    </message>
    <message>
        <source>For 8 hours…</source>
        <translation>Por 8 horas…</translation>
    </message>
    <message>
        <source>For 24 hours…</source>
        <translation>Por 24 horas…</translation>
    </message>
    <message>
        <source>Until a date and time…</source>
        <translation>Até uma data e hora…</translation>
    </message>
    <message>
        <source>Open client</source>
        <translation>Abrir cliente</translation>
    </message>
    <message>
        <source>&amp;Rules…</source>
        <translation>Re&amp;gras…</translation>
    </message>
    <message>
        <source>Thresholds and timing of the alerts, for every client or one</source>
        <translation>Limites e tempos dos alertas, para todos os clientes ou para um</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::AuditLogModel</name>
    <message>
        <source>Client added</source>
        <translation>Cliente adicionado</translation>
    </message>
    <message>
        <source>Client edited</source>
        <translation>Cliente editado</translation>
    </message>
    <message>
        <source>Client suspended</source>
        <translation>Cliente suspenso</translation>
    </message>
    <message>
        <source>Client reactivated</source>
        <translation>Cliente reativado</translation>
    </message>
    <message>
        <source>Client marked churned</source>
        <translation>Cliente marcado como cancelado</translation>
    </message>
    <message>
        <source>Client removed</source>
        <translation>Cliente removido</translation>
    </message>
    <message>
        <source>Client imported</source>
        <translation>Cliente importado</translation>
    </message>
    <message>
        <source>Plan saved</source>
        <translation>Plano salvo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::AuditPanel</name>
    <message>
        <source>Filter by person, action, client or detail…</source>
        <translation>Filtrar por pessoa, ação, cliente ou detalhe…</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de alterações</translation>
    </message>
    <message>
        <source>Every change made to the registry, by whom and when. Kept in the registry, so the whole team sees the same history.</source>
        <translation>Todas as alterações feitas no registro, por quem e quando. Elas ficam guardadas no próprio registro, então toda a equipe vê o mesmo histórico.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>The registry</source>
        <translation>O registro</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n alteração</numerusform>
            <numerusform>%n alterações</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fleetdeck::CheckResultLabel</name>
    <message>
        <source>Waiting for the answer…</source>
        <translation>Aguardando a resposta…</translation>
    </message>
    <message>
        <source>Passed: %1</source>
        <translation>Sucesso: %1</translation>
    </message>
    <message>
        <source>Passed with a warning: %1</source>
        <translation>Sucesso, com um aviso: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falha: %1</translation>
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
        <translation>Digite um cliente ou uma ação: &quot;abrir pizza&quot;, &quot;suspender joe&quot;, &quot;atualizar&quot;…</translation>
    </message>
    <message>
        <source>↑↓ to choose · Enter to run · Esc to close</source>
        <translation>↑↓ para escolher · Enter para executar · Esc para fechar</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;.</source>
        <translation>Nada corresponde a &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::ConfirmDialog</name>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Digite &lt;b&gt;%1&lt;/b&gt; para confirmar:</translation>
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
        <translation>Saúde</translation>
    </message>
    <message>
        <source>Search servers, databases and clients…</source>
        <translation>Buscar servidores, bancos de dados e clientes…</translation>
    </message>
    <message>
        <source>Down or degraded, stale, alerting, a disk over 90 % or a certificate expiring within 14 days</source>
        <translation>Fora do ar ou degradados, desatualizados, com alertas, um disco acima de 90 % ou um certificado expirando em até 14 dias</translation>
    </message>
    <message>
        <source>Select a server or a client to see its latency over time, its certificate and its disk. Double-click a client (or press Enter) to open it.</source>
        <translation>Selecione um servidor ou um cliente para ver sua latência ao longo do tempo, seu certificado e seu disco. Clique duas vezes em um cliente (ou pressione Enter) para abri-lo.</translation>
    </message>
    <message>
        <source>Latency now</source>
        <translation>Latência atual</translation>
    </message>
    <message>
        <source>Uptime 24 h</source>
        <translation>Disponibilidade 24 h</translation>
    </message>
    <message>
        <source>Uptime 7 d</source>
        <translation>Disponibilidade 7 d</translation>
    </message>
    <message>
        <source>Uptime 30 d</source>
        <translation>Disponibilidade 30 d</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Última verificação</translation>
    </message>
    <message>
        <source>Active alerts</source>
        <translation>Alertas ativos</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <source>The last hour, every stored check</source>
        <translation>A última hora, cada verificação armazenada</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>The last 24 hours, hourly averages</source>
        <translation>As últimas 24 horas, médias por hora</translation>
    </message>
    <message>
        <source>30 d</source>
        <translation>30 d</translation>
    </message>
    <message>
        <source>The last 30 days, hourly averages</source>
        <translation>Os últimos 30 dias, médias por hora</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Days until the TLS certificate expires: red under 7 days, amber under 14</source>
        <translation>Dias até o certificado TLS expirar: vermelho abaixo de 7 dias, âmbar abaixo de 14</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Disco</translation>
    </message>
    <message>
        <source>The fullest file system: amber from 80 %, orange from 90 %, red from 95 %</source>
        <translation>O sistema de arquivos mais cheio: âmbar a partir de 80 %, laranja a partir de 90 %, vermelho a partir de 95 %</translation>
    </message>
    <message>
        <source>Per point:</source>
        <translation>Por ponto:</translation>
    </message>
    <message>
        <source>average</source>
        <translation>média</translation>
    </message>
    <message>
        <source>min to max</source>
        <translation>mín. a máx.</translation>
    </message>
    <message>
        <source>down at least once</source>
        <translation>fora do ar pelo menos uma vez</translation>
    </message>
    <message>
        <source>Latency · last hour</source>
        <translation>Latência · última hora</translation>
    </message>
    <message>
        <source>Latency · last 24 hours</source>
        <translation>Latência · últimas 24 horas</translation>
    </message>
    <message>
        <source>Latency · last 30 days</source>
        <translation>Latência · últimos 30 dias</translation>
    </message>
    <message>
        <source>File systems</source>
        <translation>Sistemas de arquivos</translation>
    </message>
    <message>
        <source>%1 % used</source>
        <translation>%1 % usado</translation>
    </message>
    <message>
        <source>%1 free of %2</source>
        <translation>%1 livres de %2</translation>
    </message>
    <message>
        <source>Clients on this server: %1</source>
        <translation>Clientes neste servidor: %1</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> e mais %1</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Bancos de dados</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 connections</source>
        <translation>%1 conexões</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Alvos</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>e mais %1</translation>
    </message>
    <message>
        <source>Add Prometheus in the profile to see servers and disks. Clients are listed from Fleetdeck&apos;s own checks.</source>
        <translation>Adicione o Prometheus no perfil para ver servidores e discos. Os clientes são listados a partir das verificações do próprio Fleetdeck.</translation>
    </message>
    <message>
        <source>Asking Prometheus for servers, disks and the database…</source>
        <translation>Consultando o Prometheus sobre servidores, discos e o banco de dados…</translation>
    </message>
    <message>
        <source>Prometheus is failing: %1 Servers and disks show its last good data, from %2 (%3).</source>
        <translation>O Prometheus está falhando: %1 Servidores e discos mostram os últimos dados válidos dele, de %2 (%3).</translation>
    </message>
    <message>
        <source>Prometheus is failing: %1 No server data yet: check its URL and credentials in the profile.</source>
        <translation>O Prometheus está falhando: %1 Ainda não há dados de servidores: verifique a URL e as credenciais dele no perfil.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
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
        <translation>Servidores, exporters e o banco de dados conforme o Prometheus informa; clientes a partir das verificações do próprio Fleetdeck.</translation>
    </message>
    <message>
        <source>Needing attention: %1.</source>
        <translation>Precisam de atenção: %1.</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Nada precisa de atenção.</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 de %2 exibidos</translation>
    </message>
    <message>
        <source>Nothing to show yet. Clients appear once the client list has loaded, servers once Prometheus answers.</source>
        <translation>Nada para mostrar ainda. Os clientes aparecem quando a lista de clientes carregar, os servidores quando o Prometheus responder.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”. Clear the search to see everything.</source>
        <translation>Nada corresponde a “%1”. Limpe a busca para ver tudo.</translation>
    </message>
    <message>
        <source>Nothing needs attention: every server and client is up, fresh and quiet.</source>
        <translation>Nada precisa de atenção: todos os servidores e clientes estão no ar, atualizados e sem alertas.</translation>
    </message>
    <message>
        <source>Prometheus has not listed any server yet.</source>
        <translation>O Prometheus ainda não listou nenhum servidor.</translation>
    </message>
    <message>
        <source>Add Prometheus in the profile to see servers and disks.</source>
        <translation>Adicione o Prometheus no perfil para ver servidores e discos.</translation>
    </message>
    <message>
        <source>No monitored clients. Add one under Clients (Ctrl+N).</source>
        <translation>Nenhum cliente monitorado. Adicione um em Clientes (Ctrl+N).</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>em %1</translation>
    </message>
    <message>
        <source>Stale: %1</source>
        <translation>Desatualizado: %1</translation>
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
        <translation>7 dias</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 dias</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>%1 (%2 need attention)</source>
        <translation>%1 (%2 precisam de atenção)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>What Prometheus reports</source>
        <translation>O que o Prometheus informa</translation>
    </message>
    <message>
        <source>Size and connections come from Prometheus&apos; PostgreSQL exporter. Fleetdeck does not measure the database&apos;s latency; its uptime comes from the state recorded at each Prometheus round.</source>
        <translation>Tamanho e conexões vêm do exporter de PostgreSQL do Prometheus. O Fleetdeck não mede a latência do banco de dados; sua disponibilidade vem do estado registrado a cada rodada do Prometheus.</translation>
    </message>
    <message>
        <source>Prometheus&apos; node_exporter reports whether this server answers and how full its file systems are. Fleetdeck measures no latency for it; its uptime comes from the state recorded at each Prometheus round.</source>
        <translation>O node_exporter do Prometheus informa se este servidor responde e quão cheios estão seus sistemas de arquivos. O Fleetdeck não mede latência para ele; sua disponibilidade vem do estado registrado a cada rodada do Prometheus.</translation>
    </message>
    <message>
        <source>The scrape targets of this Prometheus job: it is up when all of them answer. Its uptime comes from the state recorded at each Prometheus round.</source>
        <translation>Os alvos de scrape deste job do Prometheus: ele está no ar quando todos respondem. Sua disponibilidade vem do estado registrado a cada rodada do Prometheus.</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirado</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>até %1</translation>
    </message>
    <message>
        <source>No certificate seen yet</source>
        <translation>Nenhum certificado visto ainda</translation>
    </message>
    <message>
        <source>No HTTPS endpoint</source>
        <translation>Sem endpoint HTTPS</translation>
    </message>
    <message>
        <source>No server named for this client</source>
        <translation>Nenhum servidor indicado para este cliente</translation>
    </message>
    <message>
        <source>its fullest file system</source>
        <translation>seu sistema de arquivos mais cheio</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>used on %1, %2</source>
        <translation>usado em %1, %2</translation>
    </message>
    <message>
        <source>used on %1</source>
        <translation>usado em %1</translation>
    </message>
    <message>
        <source>Prometheus reports no disk for %1</source>
        <translation>O Prometheus não informa nenhum disco para %1</translation>
    </message>
    <message>
        <source>Prometheus reports no file system for it</source>
        <translation>O Prometheus não informa nenhum sistema de arquivos para ele</translation>
    </message>
    <message>
        <source>Add Prometheus to see disks</source>
        <translation>Adicione o Prometheus para ver os discos</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>The local cache</source>
        <translation>O cache local</translation>
    </message>
    <message>
        <source>The stored history could not be read: %1</source>
        <translation>O histórico armazenado não pôde ser lido: %1</translation>
    </message>
    <message>
        <source>No measurements in this window yet — Fleetdeck stores a sample per check.</source>
        <translation>Ainda não há medições neste período — o Fleetdeck armazena uma amostra por verificação.</translation>
    </message>
    <message numerus="yes">
        <source>%n stored samples in this window, drawn as %1 points</source>
        <translation>
            <numerusform>%n amostra armazenada neste período, desenhada como %1 pontos</numerusform>
            <numerusform>%n amostras armazenadas neste período, desenhadas como %1 pontos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fleetdeck::HealthTableModel</name>
    <message>
        <source>Up</source>
        <translation>No ar</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Degradado</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Fora do ar</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
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
        <translation>Nada foi medido neste período (%1): a disponibilidade aparece quando o Fleetdeck tiver armazenado amostras.</translation>
    </message>
    <message numerus="yes">
        <source>%1 available over the last %2, from %n stored samples of Fleetdeck&apos;s own checks, hourly rollups. Up and degraded samples count as available.</source>
        <translation>
            <numerusform>%1 disponível neste período (%2), a partir de %n amostra armazenada das verificações do próprio Fleetdeck, agregada por hora. Amostras no ar e degradadas contam como disponíveis.</numerusform>
            <numerusform>%1 disponível neste período (%2), a partir de %n amostras armazenadas das verificações do próprio Fleetdeck, agregadas por hora. Amostras no ar e degradadas contam como disponíveis.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>e mais %n</numerusform>
            <numerusform>e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>not checked recently</source>
        <translation>não verificado recentemente</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>em %1</translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (desatualizado)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Stale: %1</source>
        <translation>Desatualizado: %1</translation>
    </message>
    <message>
        <source>Checked %1</source>
        <translation>Verificado %1</translation>
    </message>
    <message>
        <source>Fleetdeck checks this component through Prometheus, which gives its state but no latency.</source>
        <translation>O Fleetdeck verifica este componente pelo Prometheus, que informa seu estado, mas não a latência.</translation>
    </message>
    <message>
        <source>The slowest health endpoint that answered</source>
        <translation>O endpoint de saúde mais lento que respondeu</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 horas</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 dias</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 dias</translation>
    </message>
    <message>
        <source>Certificate valid until %1</source>
        <translation>Certificado válido até %1</translation>
    </message>
    <message>
        <source>%1 % used on %2, the fullest file system of this server</source>
        <translation>%1 % usado em %2, o sistema de arquivos mais cheio deste servidor</translation>
    </message>
    <message>
        <source>No active alerts</source>
        <translation>Nenhum alerta ativo</translation>
    </message>
    <message>
        <source>Share of Fleetdeck&apos;s stored checks that found it up or degraded, from hourly rollups</source>
        <translation>Parcela das verificações armazenadas do Fleetdeck que o encontraram no ar ou degradado, a partir de agregados por hora</translation>
    </message>
    <message>
        <source>The fullest file system of a server</source>
        <translation>O sistema de arquivos mais cheio de um servidor</translation>
    </message>
    <message>
        <source>Active alerts (pending or firing)</source>
        <translation>Alertas ativos (pendentes ou disparados)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
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
        <translation>Latência</translation>
    </message>
    <message>
        <source>Uptime 24 h</source>
        <translation>Disponibilidade 24 h</translation>
    </message>
    <message>
        <source>Uptime 7 d</source>
        <translation>Disponibilidade 7 d</translation>
    </message>
    <message>
        <source>Uptime 30 d</source>
        <translation>Disponibilidade 30 d</translation>
    </message>
    <message>
        <source>TLS expires</source>
        <translation>TLS expira</translation>
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
        <translation>Detalhe</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::ImportDialog</name>
    <message>
        <source>No file chosen yet.</source>
        <translation>Nenhum arquivo escolhido ainda.</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Escolher arquivo…</translation>
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
        <translation>Linha</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Health URLs</source>
        <translation>URLs de saúde</translation>
    </message>
    <message>
        <source>Why it was rejected</source>
        <translation>Motivo da rejeição</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceitos</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeitados</translation>
    </message>
    <message>
        <source>CSV with a header row (slug, name, status, plan, contact, notes, health, mautic, evolution_instance, n8n_tag, stripe_customer, ghl_location, host) or JSON. Nothing is written until you press Import; then all accepted rows are written together.</source>
        <translation>CSV com linha de cabeçalho (slug, name, status, plan, contact, notes, health, mautic, evolution_instance, n8n_tag, stripe_customer, ghl_location, host) ou JSON. Nada é gravado até você clicar em Importar; aí todas as linhas aceitas são gravadas de uma vez.</translation>
    </message>
    <message>
        <source>Client lists (*.csv *.json);;All files (*)</source>
        <translation>Listas de clientes (*.csv *.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Verificando %1…</translation>
    </message>
    <message>
        <source>Accepted (%1)</source>
        <translation>Aceitos (%1)</translation>
    </message>
    <message>
        <source>Rejected (%1)</source>
        <translation>Rejeitados (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) ready to import.</source>
        <translation>
            <numerusform>%n cliente pronto para importar.</numerusform>
            <numerusform>%n clientes prontos para importar.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ready to import; %2 rejected (see why under Rejected). Fix the file and choose it again, or import the accepted ones now.</source>
        <translation>Prontos para importar: %1; rejeitadas: %2 (veja o motivo em Rejeitados). Corrija o arquivo e escolha-o de novo, ou importe agora os aceitos.</translation>
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
            <numerusform>%n linha</numerusform>
            <numerusform>%n linhas</numerusform>
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
        <translation>Latência (ms)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Fora do ar</translation>
    </message>
    <message>
        <source>Min to max</source>
        <translation>Mín. a máx.</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>%1: %2 ms on average</source>
        <translation>%1: %2 ms em média</translation>
    </message>
    <message>
        <source>%1 to %2 ms</source>
        <translation>%1 a %2 ms</translation>
    </message>
    <message>
        <source>Down at least once</source>
        <translation>Fora do ar pelo menos uma vez</translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation>Horário (local)</translation>
    </message>
    <message>
        <source>Date (local)</source>
        <translation>Data (local)</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::MainWindow</name>
    <message>
        <source>Fleetdeck — demo</source>
        <translation>Fleetdeck — demonstração</translation>
    </message>
    <message>
        <source>Fleetdeck — %1</source>
        <translation>Fleetdeck — %1</translation>
    </message>
    <message>
        <source>Demo: a simulated platform; nothing real is touched</source>
        <translation>Demonstração: uma plataforma simulada; nada real é afetado</translation>
    </message>
    <message>
        <source>Refreshing… %1/%2</source>
        <translation>Atualizando… %1/%2</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Visão geral</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de alterações</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versão %1</translation>
    </message>
    <message>
        <source>The profile: which platform Fleetdeck watches</source>
        <translation>O perfil: qual plataforma o Fleetdeck monitora</translation>
    </message>
    <message>
        <source>Demo (simulated)</source>
        <translation>Demonstração (simulada)</translation>
    </message>
    <message>
        <source>Manage profiles…</source>
        <translation>Gerenciar perfis…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Check every client now (F5)</source>
        <translation>Verificar todos os clientes agora (F5)</translation>
    </message>
    <message>
        <source>Search clients (Ctrl+F) · Ctrl+K for everything</source>
        <translation>Buscar clientes (Ctrl+F) · Ctrl+K para tudo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Novo cliente…</translation>
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
        <translation>&amp;Perfis…</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>P&amp;referências…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Visão geral</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Clientes</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Registro de alterações</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>A&amp;tualizar agora</translation>
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
        <translation>&amp;Fontes de dados…</translation>
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
        <translation>Re&amp;ativar</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>Re&amp;mover…</translation>
    </message>
    <message>
        <source>&amp;Copy status report</source>
        <translation>&amp;Copiar relatório de status</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Fleetdeck</source>
        <translation>&amp;Sobre o Fleetdeck</translation>
    </message>
    <message>
        <source>About Fleetdeck</source>
        <translation>Sobre o Fleetdeck</translation>
    </message>
    <message>
        <source>Fleetdeck %1
One place to see and act on the whole platform: health, clients and their history.
Licensed under the GNU GPL, version 3 or later.</source>
        <translation>Fleetdeck %1
Um só lugar para ver e agir sobre toda a plataforma: saúde, clientes e o histórico deles.
Licenciado sob a GNU GPL, versão 3 ou posterior.</translation>
    </message>
    <message>
        <source>Checking every client…</source>
        <translation>Verificando todos os clientes…</translation>
    </message>
    <message>
        <source>Registry: %1 · read-only (support)</source>
        <translation>Registro: %1 · somente leitura (suporte)</translation>
    </message>
    <message>
        <source>Registry: %1</source>
        <translation>Registro: %1</translation>
    </message>
    <message>
        <source>This connection may only read: adding, editing and removing clients is disabled. Ask someone with write access, or connect with a writable role.</source>
        <translation>Esta conexão só pode ler: adicionar, editar e remover clientes está desativado. Peça a alguém com acesso de escrita ou conecte-se com um usuário que tenha permissão de escrita.</translation>
    </message>
    <message>
        <source>Registry unavailable</source>
        <translation>Registro indisponível</translation>
    </message>
    <message>
        <source>Refreshed %1</source>
        <translation>Atualizado %1</translation>
    </message>
    <message>
        <source>Showing cached data from %1</source>
        <translation>Mostrando dados em cache (%1)</translation>
    </message>
    <message>
        <source>Not refreshed yet</source>
        <translation>Ainda não atualizado</translation>
    </message>
    <message>
        <source>%1 failing</source>
        <translation>Com falha: %1</translation>
    </message>
    <message>
        <source>Some data is old or a source is failing. Click for details.</source>
        <translation>Alguns dados estão antigos ou uma fonte está com falha. Clique para ver os detalhes.</translation>
    </message>
    <message>
        <source>Click to see every data source</source>
        <translation>Clique para ver todas as fontes de dados</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>com falha</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>ainda não verificada</translation>
    </message>
    <message>
        <source>last success %1</source>
        <translation>último sucesso %1</translation>
    </message>
    <message>
        <source>never succeeded</source>
        <translation>nunca teve sucesso</translation>
    </message>
    <message>
        <source>No source has been asked yet.</source>
        <translation>Nenhuma fonte foi consultada ainda.</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Fontes de dados</translation>
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
        <translation>Reativar %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remover %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Copy status report of %1</source>
        <translation>Copiar relatório de status de %1</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Atualizar agora</translation>
    </message>
    <message>
        <source>Go to Overview</source>
        <translation>Ir para Visão geral</translation>
    </message>
    <message>
        <source>Go to Clients</source>
        <translation>Ir para Clientes</translation>
    </message>
    <message>
        <source>Go to Audit log</source>
        <translation>Ir para Registro de alterações</translation>
    </message>
    <message>
        <source>Show clients that need attention</source>
        <translation>Mostrar clientes que precisam de atenção</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Preferências…</translation>
    </message>
    <message>
        <source>Add client…</source>
        <translation>Adicionar cliente…</translation>
    </message>
    <message>
        <source>Import clients…</source>
        <translation>Importar clientes…</translation>
    </message>
    <message>
        <source>Switch to profile %1</source>
        <translation>Mudar para o perfil %1</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>perfil</translation>
    </message>
    <message>
        <source>Fleetdeck keeps watching</source>
        <translation>O Fleetdeck continua monitorando</translation>
    </message>
    <message>
        <source>Fleetdeck is still checking your clients from the tray. Quit it from the tray menu.</source>
        <translation>O Fleetdeck continua verificando seus clientes a partir da bandeja. Para sair, use o menu da bandeja.</translation>
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
        <translation>reativar</translation>
    </message>
    <message>
        <source>remove</source>
        <comment>command palette verb</comment>
        <translation>remover</translation>
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
        <translation>Saúde</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>&amp;Health</source>
        <translation>&amp;Saúde</translation>
    </message>
    <message>
        <source>A&amp;lerts</source>
        <translation>A&amp;lertas</translation>
    </message>
    <message>
        <source>Go to Health</source>
        <translation>Ir para Saúde</translation>
    </message>
    <message>
        <source>Go to Alerts</source>
        <translation>Ir para Alertas</translation>
    </message>
    <message>
        <source>&amp;Alert rules…</source>
        <translation>Regras de &amp;alerta…</translation>
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
        <translation>Ctrl+K  paleta de comandos: abrir, suspender, editar… qualquer cliente
Ctrl+F  buscar um cliente · Enter abre o primeiro resultado
Ctrl+1 … 6  Visão geral / Clientes / Saúde / Alertas / WhatsApp / Registro de alterações
WhatsApp: P parear · R reiniciar · L desconectar · T mensagem de teste · A atribuir · Delete excluir
F5 ou Ctrl+R  atualizar agora
Ctrl+N  novo cliente · Ctrl+I  importar clientes · Ctrl+E  editar
Delete  remover o cliente selecionado (pede confirmação antes)
Ctrl+Shift+C  copiar o relatório de status do cliente
Ctrl+,  preferências · Ctrl+Q  sair</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::OverviewPanel</name>
    <message>
        <source>Fleet status</source>
        <translation>Status geral</translation>
    </message>
    <message>
        <source>Slowest endpoints</source>
        <translation>Endpoints mais lentos</translation>
    </message>
    <message>
        <source>Certificates expiring soonest</source>
        <translation>Certificados que vencem primeiro</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Fontes de dados</translation>
    </message>
    <message>
        <source>Open the clients that need attention</source>
        <translation>Abrir os clientes que precisam de atenção</translation>
    </message>
    <message>
        <source>Open the client list sorted by latency</source>
        <translation>Abrir a lista de clientes ordenada por latência</translation>
    </message>
    <message>
        <source>Open the client list sorted by certificate expiry</source>
        <translation>Abrir a lista de clientes ordenada por vencimento do certificado</translation>
    </message>
    <message>
        <source>Show every data source and its last error</source>
        <translation>Mostrar todas as fontes de dados e o último erro de cada uma</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Visão geral</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Ainda não verificado</translation>
    </message>
    <message>
        <source>As of %1 (%2)</source>
        <translation>Atualizado em %1 (%2)</translation>
    </message>
    <message>
        <source>No clients yet. Add one under Clients (Ctrl+N) or import a list (Ctrl+I).</source>
        <translation>Nenhum cliente ainda. Adicione um em Clientes (Ctrl+N) ou importe uma lista (Ctrl+I).</translation>
    </message>
    <message>
        <source>%1 clients monitored, %2 paused</source>
        <translation>%1 clientes monitorados, %2 pausados</translation>
    </message>
    <message>
        <source>No clients</source>
        <translation>Nenhum cliente</translation>
    </message>
    <message numerus="yes">
        <source>%n down</source>
        <translation>
            <numerusform>%n fora do ar</numerusform>
            <numerusform>%n fora do ar</numerusform>
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
        <translation>Todos os %1 no ar</translation>
    </message>
    <message>
        <source>%1 up · %2 degraded · %3 down · %4 unknown</source>
        <translation>%1 no ar · %2 degradados · %3 fora do ar · %4 desconhecidos</translation>
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
        <translation>A latência aparece após a primeira verificação.</translation>
    </message>
    <message>
        <source>Latency over the last hour</source>
        <translation>Latência na última hora</translation>
    </message>
    <message>
        <source>No HTTPS endpoints</source>
        <translation>Nenhum endpoint HTTPS</translation>
    </message>
    <message>
        <source>Valid until %1. %2</source>
        <translation>Válido até %1. %2</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>All %1 OK</source>
        <translation>Todas as %1 OK</translation>
    </message>
    <message numerus="yes">
        <source>%n failing</source>
        <translation>
            <numerusform>%n com falha</numerusform>
            <numerusform>%n com falha</numerusform>
        </translation>
    </message>
    <message>
        <source>failing</source>
        <translation>com falha</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ainda não</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Open the alerts (Ctrl+4)</source>
        <translation>Abrir os alertas (Ctrl+4)</translation>
    </message>
    <message>
        <source>Not evaluated yet</source>
        <translation>Ainda não avaliado</translation>
    </message>
    <message>
        <source>Nothing needs attention</source>
        <translation>Nada precisa de atenção</translation>
    </message>
    <message>
        <source>1 needs attention</source>
        <translation>1 precisa de atenção</translation>
    </message>
    <message>
        <source>%1 need attention</source>
        <translation>%1 precisam de atenção</translation>
    </message>
    <message>
        <source>Evaluated %1</source>
        <translation>Avaliado %1</translation>
    </message>
    <message>
        <source>%1 pending · %2 acknowledged · %3 silenced</source>
        <translation>%1 pendentes · %2 reconhecidos · %3 silenciados</translation>
    </message>
    <message>
        <source>Newest firing</source>
        <translation>Alerta disparado mais recente</translation>
    </message>
    <message>
        <source>No alert is firing without someone on it.</source>
        <translation>Nenhum alerta está disparado sem alguém cuidando dele.</translation>
    </message>
    <message>
        <source>Alerts appear after the first checks.</source>
        <translation>Os alertas aparecem após as primeiras verificações.</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Open the WhatsApp numbers (Ctrl+5)</source>
        <translation>Abrir os números de WhatsApp (Ctrl+5)</translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation>Não configurado</translation>
    </message>
    <message>
        <source>Add Evolution API to the profile to watch every client&apos;s WhatsApp number.</source>
        <translation>Adicione o Evolution API ao perfil para monitorar o número de WhatsApp de cada cliente.</translation>
    </message>
    <message>
        <source>Cannot be checked</source>
        <translation>Não é possível verificar</translation>
    </message>
    <message>
        <source>%1 of %2 connected</source>
        <translation>%1 de %2 conectados</translation>
    </message>
    <message>
        <source>Every paired number is connected.</source>
        <translation>Todos os números pareados estão conectados.</translation>
    </message>
    <message>
        <source>The numbers appear after the first check.</source>
        <translation>Os números aparecem após a primeira verificação.</translation>
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
            <numerusform>%n aguardando</numerusform>
            <numerusform>%n aguardando</numerusform>
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
        <translation>Preferências</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aparência</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir o sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Padrão do sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language applies the next time Fleetdeck starts.</source>
        <translation>O novo idioma é aplicado na próxima vez que o Fleetdeck iniciar.</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Janela</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>&amp;Continuar em execução na bandeja quando a janela for fechada</translation>
    </message>
    <message>
        <source>Fleetdeck then goes on watching the fleet and notifying you; quit it from the tray menu.</source>
        <translation>Assim o Fleetdeck continua monitorando os clientes e avisando você; para sair, use o menu da bandeja.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificações</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Segurança</translation>
    </message>
    <message>
        <source>Type the client&apos;s &amp;name from:</source>
        <translation>Pedir o &amp;nome do cliente a partir de:</translation>
    </message>
    <message>
        <source>Suspending or removing a client whose plan costs at least this much asks you to type the client&apos;s name first. 0 asks for every client.</source>
        <translation>Suspender ou remover um cliente cujo plano custe pelo menos esse valor exige digitar o nome do cliente antes. Com 0, isso é pedido para todos os clientes.</translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation>%1 por mês</translation>
    </message>
    <message>
        <source>Plan price in %1 per month</source>
        <translation>Preço do plano em %1 por mês</translation>
    </message>
    <message>
        <source>Notify me about new alerts that are:</source>
        <translation>Notificar-me sobre novos alertas de severidade:</translation>
    </message>
    <message>
        <source>&amp;Low</source>
        <translation>&amp;Baixa</translation>
    </message>
    <message>
        <source>&amp;Medium</source>
        <translation>&amp;Média</translation>
    </message>
    <message>
        <source>&amp;High</source>
        <translation>&amp;Alta</translation>
    </message>
    <message>
        <source>&amp;Critical</source>
        <translation>C&amp;rítica</translation>
    </message>
    <message>
        <source>&amp;Quiet hours from</source>
        <translation>&amp;Horário silencioso de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>até</translation>
    </message>
    <message>
        <source>Critical alerts still notify during quiet hours</source>
        <translation>Alertas críticos notificam mesmo durante o horário silencioso</translation>
    </message>
    <message>
        <source>Muted clients (from the tray menu):</source>
        <translation>Clientes silenciados (pelo menu da bandeja):</translation>
    </message>
    <message>
        <source>&amp;Unmute</source>
        <translation>R&amp;eativar</translation>
    </message>
    <message>
        <source>%1 — until %2</source>
        <translation>%1 — até %2</translation>
    </message>
    <message>
        <source>Nobody is muted.</source>
        <translation>Ninguém está silenciado.</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::ProfileEditorDialog</name>
    <message>
        <source>New profile</source>
        <translation>Novo perfil</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Seções</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Health checks</source>
        <translation>Verificações de saúde</translation>
    </message>
    <message>
        <source>A profile says which services Fleetdeck watches and where. It holds no keys: those go to the system keychain.</source>
        <translation>Um perfil diz quais serviços o Fleetdeck monitora e onde eles ficam. Ele não guarda chaves: elas ficam no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>ex.: Produção</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Secure connections</source>
        <translation>Conexões seguras</translation>
    </message>
    <message>
        <source>&amp;Allow keys over plain http:// to other computers</source>
        <translation>&amp;Permitir chaves via http:// simples para outros computadores</translation>
    </message>
    <message>
        <source>Fleetdeck sends API keys and passwords only over https://, or over http:// to this computer. Anyone on the way can read a key sent over plain http://, so allow it only on a network you trust completely, such as a VPN or a private network between your servers.</source>
        <translation>O Fleetdeck envia chaves de API e senhas somente via https://, ou via http:// para este computador. Qualquer pessoa no caminho consegue ler uma chave enviada via http:// simples; por isso, permita isso só em uma rede em que você confia totalmente, como uma VPN ou uma rede privada entre os seus servidores.</translation>
    </message>
    <message>
        <source>none: only the system&apos;s certificate authorities</source>
        <translation>nenhum: só as autoridades certificadoras do sistema</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Proc&amp;urar…</translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation>Arquivo de &amp;CA extra:</translation>
    </message>
    <message>
        <source>A PEM file with the certificate authority of self-hosted services that use a private CA. The system&apos;s authorities stay trusted.</source>
        <translation>Um arquivo PEM com a autoridade certificadora de serviços auto-hospedados que usam uma CA privada. As autoridades do sistema continuam confiáveis.</translation>
    </message>
    <message>
        <source>This profile also carries certificates of its own (imported with it); they are kept.</source>
        <translation>Este perfil também traz certificados próprios (importados com ele); eles são mantidos.</translation>
    </message>
    <message>
        <source>The registry lists your clients, their plans and the audit log. A SQLite file suits one person; the platform&apos;s PostgreSQL lets the whole team, and read-only support staff, share it.</source>
        <translation>O registro lista seus clientes, os planos deles e o registro de alterações. Um arquivo SQLite serve para uma pessoa; o PostgreSQL da plataforma permite que toda a equipe o compartilhe, inclusive o suporte com acesso somente leitura.</translation>
    </message>
    <message>
        <source>SQLite file on this computer</source>
        <translation>Arquivo SQLite neste computador</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>Servidor PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Arquivo:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Banco de dados:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuário:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Se&amp;nha:</translation>
    </message>
    <message>
        <source>Keychain &amp;entry:</source>
        <translation>Entrada no &amp;chaveiro:</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>Tes&amp;tar</translation>
    </message>
    <message>
        <source>Open the registry and report its schema and whether it can be changed</source>
        <translation>Abrir o registro e informar o esquema dele e se ele pode ser alterado</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testando…</translation>
    </message>
    <message>
        <source>Fleetdeck asks every client&apos;s site whether it is up, and calls it degraded when the answer is slow.</source>
        <translation>O Fleetdeck pergunta ao site de cada cliente se ele está no ar e o considera degradado quando a resposta demora.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Check &amp;every:</source>
        <translation>Verificar a &amp;cada:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Degraded above:</source>
        <translation>&amp;Degradado acima de:</translation>
    </message>
    <message>
        <source>Down af&amp;ter:</source>
        <translation>Fora do ar a&amp;pós:</translation>
    </message>
    <message>
        <source>&amp;Parallel checks:</source>
        <translation>Verificações em pa&amp;ralelo:</translation>
    </message>
    <message>
        <source>A site that takes longer than &quot;Down after&quot; to answer counts as down. More parallel checks finish a large fleet sooner but load this computer&apos;s network more.</source>
        <translation>Um site que demora mais que &quot;Fora do ar após&quot; para responder conta como fora do ar. Mais verificações em paralelo terminam mais rápido quando há muitos clientes, mas usam mais a rede deste computador.</translation>
    </message>
    <message>
        <source>WhatsApp numbers of every client. The global API key is AUTHENTICATION_API_KEY in the Evolution API server&apos;s environment.</source>
        <translation>Números de WhatsApp de todos os clientes. A chave de API global é a AUTHENTICATION_API_KEY no ambiente do servidor do Evolution API.</translation>
    </message>
    <message>
        <source>Global API &amp;key:</source>
        <translation>&amp;Chave de API global:</translation>
    </message>
    <message>
        <source>Automations and their executions. Create an API key in n8n under Settings → n8n API.</source>
        <translation>Automações e suas execuções. Crie uma chave de API no n8n em Settings → n8n API.</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Chave de API:</translation>
    </message>
    <message>
        <source>Subscriptions, invoices and revenue. Prefer a restricted key (rk_…) with read access to the full-access secret key (sk_…).</source>
        <translation>Assinaturas, faturas e receita. Prefira uma chave restrita (rk_…) com acesso de leitura em vez da chave secreta de acesso total (sk_…).</translation>
    </message>
    <message>
        <source>Restricted &amp;key:</source>
        <translation>Chave &amp;restrita:</translation>
    </message>
    <message>
        <source>Uptime, latency and certificate expiry from the exporters. Leave the token empty unless a proxy in front of Prometheus asks for one (a bearer token, or user:password).</source>
        <translation>Disponibilidade, latência e vencimento de certificados, vindos dos exporters. Deixe o token vazio, a menos que um proxy na frente do Prometheus peça um (um bearer token ou usuário:senha).</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>Token de &amp;acesso:</translation>
    </message>
    <message>
        <source>Firing alerts and silences. Leave the token empty unless a proxy in front of Alertmanager asks for one (a bearer token, or user:password).</source>
        <translation>Alertas disparados e silenciamentos. Deixe o token vazio, a menos que um proxy na frente do Alertmanager peça um (um bearer token ou usuário:senha).</translation>
    </message>
    <message>
        <source>Every client has its own Mautic. Fleetdeck signs in as a Mautic user: switch on the API and HTTP basic auth in Mautic&apos;s API settings. The URL is where the clients&apos; Mautic instances live; the test asks one client.</source>
        <translation>Cada cliente tem o próprio Mautic. O Fleetdeck entra como um usuário do Mautic: ative a API e a autenticação HTTP básica nas configurações de API do Mautic. A URL é onde ficam as instâncias do Mautic dos clientes; o teste consulta um cliente.</translation>
    </message>
    <message>
        <source>&amp;Watch %1 in this profile</source>
        <translation>&amp;Monitorar %1 neste perfil</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Default (%1 s)</source>
        <translation>Padrão (%1 s)</translation>
    </message>
    <message>
        <source>Refresh &amp;every:</source>
        <translation>Atualizar a ca&amp;da:</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>T&amp;empo limite:</translation>
    </message>
    <message>
        <source>The name of the keychain entry that holds the key; empty uses the name shown</source>
        <translation>O nome da entrada no chaveiro que guarda a chave; se vazio, usa o nome mostrado</translation>
    </message>
    <message>
        <source>Keychain e&amp;ntry:</source>
        <translation>E&amp;ntrada no chaveiro:</translation>
    </message>
    <message>
        <source>a client&apos;s slug (e.g. acme) or its Mautic address</source>
        <translation>o slug de um cliente (ex.: acme) ou o endereço do Mautic dele</translation>
    </message>
    <message>
        <source>Test a&amp;gainst client:</source>
        <translation>Testar no c&amp;liente:</translation>
    </message>
    <message>
        <source>Ask %1 once with this URL and key</source>
        <translation>Consultar %1 uma vez com esta URL e chave</translation>
    </message>
    <message>
        <source>Edit profile “%1”</source>
        <translation>Editar perfil “%1”</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>padrão: %1</translation>
    </message>
    <message>
        <source>stored in the keychain — type to replace</source>
        <translation>salvo no chaveiro — digite para substituir</translation>
    </message>
    <message>
        <source>user:password — not stored yet</source>
        <translation>usuário:senha — ainda não salvo</translation>
    </message>
    <message>
        <source>not stored yet — type the key</source>
        <translation>ainda não salva — digite a chave</translation>
    </message>
    <message>
        <source>optional — only when a proxy asks for one</source>
        <translation>opcional — só quando um proxy pedir</translation>
    </message>
    <message>
        <source>not stored yet</source>
        <translation>ainda não salvo</translation>
    </message>
    <message>
        <source>This section has a problem to fix</source>
        <translation>Esta seção tem um problema para corrigir</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Dê um nome ao perfil.</translation>
    </message>
    <message>
        <source>Enter the name of the PostgreSQL database.</source>
        <translation>Informe o nome do banco de dados PostgreSQL.</translation>
    </message>
    <message>
        <source>Enter the PostgreSQL user name.</source>
        <translation>Informe o nome de usuário do PostgreSQL.</translation>
    </message>
    <message>
        <source>Enter an http:// or https:// address, for example %1.</source>
        <translation>Informe um endereço http:// ou https://, por exemplo %1.</translation>
    </message>
    <message>
        <source>A profile named “%1” exists already; choose another name.</source>
        <translation>Já existe um perfil chamado “%1”; escolha outro nome.</translation>
    </message>
    <message>
        <source>Enter the full path of the file, or leave the field empty for the default.</source>
        <translation>Informe o caminho completo do arquivo ou deixe o campo vazio para usar o padrão.</translation>
    </message>
    <message>
        <source>Type the Mautic user and password as user:password.</source>
        <translation>Digite o usuário e a senha do Mautic como usuário:senha.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Não salvo.</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: fix the %n marked field(s).</source>
        <translation>
            <numerusform>Não salvo: corrija %n campo marcado.</numerusform>
            <numerusform>Não salvo: corrija os %n campos marcados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
    </message>
    <message>
        <source>The extra CA file</source>
        <translation>O arquivo de CA extra</translation>
    </message>
    <message>
        <source>Opened %1: read-only, schema version %2. Fleetdeck can show the clients but not change them over this connection.</source>
        <translation>%1 aberto: somente leitura, versão do esquema %2. O Fleetdeck pode mostrar os clientes, mas não alterá-los por esta conexão.</translation>
    </message>
    <message>
        <source>Opened %1: read-write, schema version %2.</source>
        <translation>%1 aberto: leitura e escrita, versão do esquema %2.</translation>
    </message>
    <message>
        <source>There was no registry there, so an empty one was created.</source>
        <translation>Não havia registro ali, então um registro vazio foi criado.</translation>
    </message>
    <message>
        <source>Registry file</source>
        <translation>Arquivo do registro</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db)</source>
        <translation>Bancos de dados SQLite (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Extra CA certificates</source>
        <translation>Certificados de CA extras</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer)</source>
        <translation>Certificados PEM (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>User:&amp;password:</source>
        <translation>Usuário:&amp;senha:</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::Session</name>
    <message>
        <source>The demo simulator could not start: %1</source>
        <translation>Não foi possível iniciar o simulador da demonstração: %1</translation>
    </message>
    <message>
        <source>The demo profile is invalid: %1</source>
        <translation>O perfil de demonstração é inválido: %1</translation>
    </message>
    <message>
        <source>No profile is configured. Try &quot;fleetdeck status --demo&quot;, or import one with &quot;fleetdeck profiles import FILE&quot;.</source>
        <translation>Nenhum perfil configurado. Experimente &quot;fleetdeck status --demo&quot; ou importe um com &quot;fleetdeck profiles import FILE&quot;.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot; and no profile at all. Import one with &quot;fleetdeck profiles import FILE&quot;.</source>
        <translation>Não existe nenhum perfil chamado &quot;%1&quot; e nenhum perfil configurado. Importe um com &quot;fleetdeck profiles import FILE&quot;.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot; (known: %2).</source>
        <translation>Não existe nenhum perfil chamado &quot;%1&quot; (conhecidos: %2).</translation>
    </message>
    <message>
        <source>The local cache %1 cannot be used (%2); Fleetdeck works without history this time.</source>
        <translation>O cache local %1 não pode ser usado (%2); desta vez o Fleetdeck funciona sem histórico.</translation>
    </message>
    <message>
        <source>The registry</source>
        <translation>O registro</translation>
    </message>
    <message>
        <source>Seeding the demo registry failed: %1</source>
        <translation>Falha ao preencher o registro de demonstração: %1</translation>
    </message>
    <message>
        <source>The registry password could not be read: %1</source>
        <translation>Não foi possível ler a senha do registro: %1</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>%1. There is no cached client list to fall back on.</source>
        <translation>%1. Não há lista de clientes em cache para usar no lugar.</translation>
    </message>
    <message>
        <source>%1. The cached client list is unusable: %2</source>
        <translation>%1. A lista de clientes em cache não pode ser usada: %2</translation>
    </message>
    <message>
        <source>%1 Showing the client list cached %2.</source>
        <translation>%1 Mostrando a lista de clientes do cache de %2.</translation>
    </message>
    <message>
        <source>The registry is not open</source>
        <translation>O registro não está aberto</translation>
    </message>
    <message>
        <source>The local cache</source>
        <translation>O cache local</translation>
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
        <translation>O segredo dele não pôde ser lido: %1</translation>
    </message>
    <message>
        <source>Evolution API</source>
        <translation>Evolution API</translation>
    </message>
    <message>
        <source>Only the demo has a simulated phone.</source>
        <translation>Só a demonstração tem um celular simulado.</translation>
    </message>
    <message>
        <source>the demo phone</source>
        <translation>o celular de demonstração</translation>
    </message>
    <message>
        <source>The demo phone could not scan this code (it is no longer the current one); wait for the next.</source>
        <translation>O celular de demonstração não conseguiu ler este código (ele não é mais o atual); aguarde o próximo.</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::TenantEditorDialog</name>
    <message>
        <source>Add client</source>
        <translation>Adicionar cliente</translation>
    </message>
    <message>
        <source>No plan</source>
        <translation>Sem plano</translation>
    </message>
    <message>
        <source>%1 — %2 per %3</source>
        <translation>%1 — %2 por %3</translation>
    </message>
    <message>
        <source>e.g. Pizza Co</source>
        <translation>ex.: Pizza Co</translation>
    </message>
    <message>
        <source>lower-case letters, digits and dashes</source>
        <translation>letras minúsculas, números e hífens</translation>
    </message>
    <message>
        <source>e-mail or phone of the person to call</source>
        <translation>e-mail ou telefone da pessoa de contato</translation>
    </message>
    <message>
        <source>One URL per line, e.g. https://pizzaco.example/health</source>
        <translation>Uma URL por linha, ex.: https://pizzaco.example/health</translation>
    </message>
    <message>
        <source>server the client runs on, e.g. srv-2</source>
        <translation>servidor onde o cliente roda, ex.: srv-2</translation>
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
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;Slug</source>
        <translation>&amp;Slug</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plano</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contato</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Observações</translation>
    </message>
    <message>
        <source>&amp;Health URLs</source>
        <translation>&amp;URLs de saúde</translation>
    </message>
    <message>
        <source>H&amp;ost</source>
        <translation>&amp;Host</translation>
    </message>
    <message>
        <source>&amp;Mautic URL</source>
        <translation>URL do &amp;Mautic</translation>
    </message>
    <message>
        <source>&amp;Evolution instance</source>
        <translation>Instância do &amp;Evolution</translation>
    </message>
    <message>
        <source>n8n ta&amp;g</source>
        <translation>Ta&amp;g do n8n</translation>
    </message>
    <message>
        <source>St&amp;ripe customer</source>
        <translation>Cliente no St&amp;ripe</translation>
    </message>
    <message>
        <source>GHL &amp;location</source>
        <translation>&amp;Location do GHL</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>The slug identifies the client everywhere; it cannot change.</source>
        <translation>O slug identifica o cliente em todo lugar; ele não pode ser alterado.</translation>
    </message>
    <message>
        <source>Give the client a name.</source>
        <translation>Dê um nome ao cliente.</translation>
    </message>
    <message>
        <source>The slug &quot;%1&quot; is not valid: use lower-case letters, digits and dashes (at most 63).</source>
        <translation>O slug &quot;%1&quot; não é válido: use letras minúsculas, números e hífens (no máximo 63).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>&quot;%1&quot; não é um endereço http:// ou https://.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>year</source>
        <translation>ano</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n ano</numerusform>
            <numerusform>%n anos</numerusform>
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
        <translation>dia</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>month</source>
        <translation>mês</translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n mês</numerusform>
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
        <translation>pausado</translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (desatualizado)</translation>
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
        <translation>Desatualizado: %1</translation>
    </message>
    <message>
        <source>not checked recently</source>
        <translation>não verificado recentemente</translation>
    </message>
    <message>
        <source>Certificate valid until %1</source>
        <translation>Certificado válido até %1</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plano</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Saúde</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latência</translation>
    </message>
    <message>
        <source>TLS expires</source>
        <translation>Vencimento TLS</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Última verificação</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::TenantsPanel</name>
    <message>
        <source>&amp;Add client</source>
        <translation>&amp;Adicionar cliente</translation>
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
        <translation>Re&amp;mover</translation>
    </message>
    <message>
        <source>&amp;Copy status report</source>
        <translation>&amp;Copiar relatório de status</translation>
    </message>
    <message>
        <source>Filter by name, slug, plan, host, URL…</source>
        <translation>Filtrar por nome, slug, plano, host, URL…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Status: todos</translation>
    </message>
    <message>
        <source>Any health</source>
        <translation>Saúde: todas</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Precisa de atenção</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Desatualizados</translation>
    </message>
    <message>
        <source>Add a client to the registry (Ctrl+N)</source>
        <translation>Adicionar um cliente ao registro (Ctrl+N)</translation>
    </message>
    <message>
        <source>Import clients from a CSV or JSON file, with a preview first (Ctrl+I)</source>
        <translation>Importar clientes de um arquivo CSV ou JSON, com uma prévia antes (Ctrl+I)</translation>
    </message>
    <message>
        <source>Copy a Markdown summary of this client for a support ticket (Ctrl+Shift+C)</source>
        <translation>Copiar um resumo em Markdown deste cliente para um chamado de suporte (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
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
        <translation>Reativar</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Remover…</translation>
    </message>
    <message>
        <source>Copy status report</source>
        <translation>Copiar relatório de status</translation>
    </message>
    <message>
        <source>This is a read-only (support) connection to the registry: changes are made by someone with write access.</source>
        <translation>Esta é uma conexão somente leitura (suporte) com o registro: as alterações são feitas por alguém com acesso de escrita.</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Reati&amp;var</translation>
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
        <translation>%1 de %2 exibidos</translation>
    </message>
    <message>
        <source>No clients in the registry yet.</source>
        <translation>Nenhum cliente no registro ainda.</translation>
    </message>
    <message>
        <source>No clients yet.
Add one with Ctrl+N, or import a list with Ctrl+I.</source>
        <translation>Nenhum cliente ainda.
Adicione um com Ctrl+N ou importe uma lista com Ctrl+I.</translation>
    </message>
    <message>
        <source>No client matches these filters.
Clear the search (Esc) or choose &quot;Any health&quot;.</source>
        <translation>Nenhum cliente corresponde a estes filtros.
Limpe a busca (Esc) ou escolha &quot;Saúde: todas&quot;.</translation>
    </message>
    <message>
        <source>Select a client to see everything Fleetdeck knows about it.</source>
        <translation>Selecione um cliente para ver tudo o que o Fleetdeck sabe sobre ele.</translation>
    </message>
    <message>
        <source>not monitored</source>
        <translation>não monitorado</translation>
    </message>
    <message>
        <source>Stale: %1</source>
        <translation>Desatualizado: %1</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Última verificação</translation>
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
        <translation>Latência</translation>
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
        <translation>Plano</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <source>Client since</source>
        <translation>Cliente desde</translation>
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
        <translation>Instância do Evolution</translation>
    </message>
    <message>
        <source>n8n tag</source>
        <translation>Tag do n8n</translation>
    </message>
    <message>
        <source>Stripe customer</source>
        <translation>Cliente no Stripe</translation>
    </message>
    <message>
        <source>GHL location</source>
        <translation>Location do GHL</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>Health endpoints</source>
        <translation>Endpoints de saúde</translation>
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
        <translation>Nenhuma URL de saúde: adicione uma (Editar) para que o Fleetdeck possa verificar este cliente.</translation>
    </message>
    <message>
        <source>The registry</source>
        <translation>O registro</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 adicionado.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 salvo.</translation>
    </message>
    <message>
        <source>Suspend %1?</source>
        <translation>Suspender %1?</translation>
    </message>
    <message>
        <source>%1 will no longer be checked and is shown as paused. Its data stays; you can reactivate it later.</source>
        <translation>%1 deixará de ser verificado e aparecerá como pausado. Os dados dele são mantidos; você pode reativá-lo depois.</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspender</translation>
    </message>
    <message>
        <source>Suspended %1.</source>
        <translation>%1 suspenso.</translation>
    </message>
    <message>
        <source>Reactivated %1.</source>
        <translation>%1 reativado.</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>Remover %1?</translation>
    </message>
    <message>
        <source>%1 and its endpoints will be removed from the registry. The audit log keeps a record of the removal. This cannot be undone from Fleetdeck.</source>
        <translation>%1 e seus endpoints serão removidos do registro. A remoção fica anotada no registro de alterações. Isso não pode ser desfeito no Fleetdeck.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 removido.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n client(s).</source>
        <translation>
            <numerusform>%n cliente importado.</numerusform>
            <numerusform>%n clientes importados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the status report of %1.</source>
        <translation>Relatório de status de %1 copiado.</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::TrayIcon</name>
    <message>
        <source>Fleetdeck — no clients monitored</source>
        <translation>Fleetdeck — nenhum cliente monitorado</translation>
    </message>
    <message>
        <source>Fleetdeck — all %1 clients up</source>
        <translation>Fleetdeck — todos os %1 clientes no ar</translation>
    </message>
    <message>
        <source>Fleetdeck — %1 down, %2 degraded, %3 up</source>
        <translation>Fleetdeck — %1 fora do ar, %2 degradados, %3 no ar</translation>
    </message>
    <message>
        <source>Show Fleetdeck</source>
        <translation>Mostrar o Fleetdeck</translation>
    </message>
    <message>
        <source>Nothing is down</source>
        <translation>Nada fora do ar</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Ainda não verificado</translation>
    </message>
    <message>
        <source>Down:</source>
        <translation>Fora do ar:</translation>
    </message>
    <message>
        <source>…and %1 more</source>
        <translation>…e mais %1</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Atualizar agora</translation>
    </message>
    <message>
        <source>Quit Fleetdeck</source>
        <translation>Sair do Fleetdeck</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) need attention</source>
        <translation>
            <numerusform>%n alerta precisa de atenção</numerusform>
            <numerusform>%n alertas precisam de atenção</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>Resolvido: %1</translation>
    </message>
    <message>
        <source>Still %1: %2</source>
        <translation>Ainda %1: %2</translation>
    </message>
    <message>
        <source>Now %1: %2</source>
        <translation>Agora %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Needs attention:</source>
        <translation>Precisam de atenção:</translation>
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
            <numerusform>Silenciar notificações sobre %1 por %n hora</numerusform>
            <numerusform>Silenciar notificações sobre %1 por %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>Muted (%1)</source>
        <translation>Silenciado (%1)</translation>
    </message>
    <message>
        <source>Unmute %1 (muted until %2)</source>
        <translation>Reativar %1 (silenciado até %2)</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::WhatsAppPairing</name>
    <message>
        <source>Evolution API is not set up in this profile; add its URL and API key first.</source>
        <translation>O Evolution API não está configurado neste perfil; adicione primeiro a URL e a chave de API.</translation>
    </message>
    <message>
        <source>Evolution API did not answer (%1); trying again.</source>
        <translation>O Evolution API não respondeu (%1); tentando de novo.</translation>
    </message>
    <message>
        <source>Evolution API could not start pairing (it said &quot;%1&quot;). The instance may not be loaded on the server: restart it from the WhatsApp panel, then pair again.</source>
        <translation>O Evolution API não conseguiu iniciar o pareamento (a resposta foi &quot;%1&quot;). A instância pode não estar carregada no servidor: reinicie-a pelo painel WhatsApp e pareie de novo.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>WhatsApp has not issued a code for %1 s. The server may not reach WhatsApp (check its network and its logs), then start again.</source>
        <translation>O WhatsApp não gerou nenhum código em %1 s. Talvez o servidor não consiga alcançar o WhatsApp (verifique a rede e os logs dele); depois, comece de novo.</translation>
    </message>
    <message>
        <source>None of the %1 codes was scanned, so Evolution API stopped pairing (its limit is %2 codes). Start again when the phone is at hand: WhatsApp → Linked devices → Link a device.</source>
        <translation>Nenhum dos %1 códigos foi lido, então o Evolution API parou o pareamento (o limite dele é de %2 códigos). Comece de novo quando o celular estiver à mão: WhatsApp → Aparelhos conectados → Conectar um aparelho.</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::WhatsAppPairingDialog</name>
    <message>
        <source>&amp;Get code</source>
        <translation>&amp;Gerar código</translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation>&amp;Recomeçar</translation>
    </message>
    <message>
        <source>Pair WhatsApp</source>
        <translation>Parear WhatsApp</translation>
    </message>
    <message>
        <source>Pair WhatsApp: %1</source>
        <translation>Parear WhatsApp: %1</translation>
    </message>
    <message>
        <source>Evolution instance %1</source>
        <translation>Instância do Evolution %1</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR code</translation>
    </message>
    <message>
        <source>Code for a phone number</source>
        <translation>Código para um número de telefone</translation>
    </message>
    <message>
        <source>On the phone: WhatsApp → Settings → Linked devices → Link a device, then point the camera at the code.</source>
        <translation>No celular: WhatsApp → Configurações → Aparelhos conectados → Conectar um aparelho, depois aponte a câmera para o código.</translation>
    </message>
    <message>
        <source>When the phone cannot scan: enter its WhatsApp number with the country code, then type the code on the phone under WhatsApp → Linked devices → Link a device → Link with phone number instead.</source>
        <translation>Quando o celular não consegue ler o código: informe o número de WhatsApp dele com o código do país e depois digite o código no celular em WhatsApp → Aparelhos conectados → Conectar um aparelho → Conectar com número de telefone.</translation>
    </message>
    <message>
        <source>e.g. +55 11 99999 0000</source>
        <translation>ex.: +55 11 99999 0000</translation>
    </message>
    <message>
        <source>Enter the full number with its country code (at least 8 digits).</source>
        <translation>Informe o número completo com o código do país (pelo menos 8 dígitos).</translation>
    </message>
    <message>
        <source>The server sent a code that cannot be drawn.</source>
        <translation>O servidor enviou um código que não pode ser desenhado.</translation>
    </message>
    <message>
        <source>Asking Evolution API to start pairing…</source>
        <translation>Pedindo ao Evolution API para iniciar o pareamento…</translation>
    </message>
    <message>
        <source>Waiting for WhatsApp to issue a code…
This usually takes a few seconds.</source>
        <translation>Aguardando o WhatsApp gerar um código…
Isso costuma levar alguns segundos.</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Conectado.</translation>
    </message>
    <message>
        <source>Code %1 of %2 · a new code in about %3 s</source>
        <translation>Código %1 de %2 · novo código em cerca de %3 s</translation>
    </message>
    <message>
        <source>Code %1 of %2 · a new code any moment</source>
        <translation>Código %1 de %2 · novo código a qualquer momento</translation>
    </message>
    <message>
        <source>Scan with the demo phone</source>
        <translation>Ler com o celular de demonstração</translation>
    </message>
    <message>
        <source>Demo only: the simulated phone scans the code on screen</source>
        <translation>Só na demonstração: o celular simulado lê o código na tela</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::WhatsAppPanel</name>
    <message>
        <source>&amp;Pair…</source>
        <translation>&amp;Parear…</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Reiniciar</translation>
    </message>
    <message>
        <source>&amp;Log out…</source>
        <translation>&amp;Desconectar…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;xcluir…</translation>
    </message>
    <message>
        <source>Send &amp;test message…</source>
        <translation>Enviar mensagem de &amp;teste…</translation>
    </message>
    <message>
        <source>&amp;Assign to client…</source>
        <translation>Atri&amp;buir a um cliente…</translation>
    </message>
    <message>
        <source>&amp;Open client</source>
        <translation>Abrir c&amp;liente</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Search clients, instances, numbers…</source>
        <translation>Buscar clientes, instâncias, números…</translation>
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
        <translation>Aguardando</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Desconectadas</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Não atribuídas</translation>
    </message>
    <message>
        <source>Pairing, never paired, logged out, or not loaded</source>
        <translation>Pareando, nunca pareadas, com sessão encerrada ou não carregadas</translation>
    </message>
    <message>
        <source>Was connected and is not, or says it is connected while sending fails</source>
        <translation>Estava conectada e não está mais, ou diz estar conectada enquanto o envio falha</translation>
    </message>
    <message>
        <source>Show the QR code to link this number (P)</source>
        <translation>Mostrar o QR code para conectar este número (P)</translation>
    </message>
    <message>
        <source>Restart the WhatsApp connection (R)</source>
        <translation>Reiniciar a conexão do WhatsApp (R)</translation>
    </message>
    <message>
        <source>Unlink the phone; the instance stays and can be paired again (L)</source>
        <translation>Desconectar o celular; a instância continua e pode ser pareada de novo (L)</translation>
    </message>
    <message>
        <source>Delete the instance from Evolution API (Del)</source>
        <translation>Excluir a instância do Evolution API (Del)</translation>
    </message>
    <message>
        <source>Send a text message to check that sending works (T)</source>
        <translation>Enviar uma mensagem de texto para verificar se o envio funciona (T)</translation>
    </message>
    <message>
        <source>Name this instance in a client&apos;s record (A)</source>
        <translation>Informar esta instância no cadastro de um cliente (A)</translation>
    </message>
    <message>
        <source>Open the client (Enter)</source>
        <translation>Abrir o cliente (Enter)</translation>
    </message>
    <message>
        <source>Evolution API is not set up in this profile.</source>
        <translation>O Evolution API não está configurado neste perfil.</translation>
    </message>
    <message>
        <source>Add the Evolution API server&apos;s URL and the name of its API key under File → Profiles, then store the key in the keychain; Fleetdeck then lists every WhatsApp number here.</source>
        <translation>Adicione em Arquivo → Perfis a URL do servidor do Evolution API e o nome da chave de API dele e depois salve a chave no chaveiro; assim o Fleetdeck lista aqui todos os números de WhatsApp.</translation>
    </message>
    <message>
        <source>checked %1</source>
        <translation>verificado %1</translation>
    </message>
    <message>
        <source>%1 The list shows what was known %2.</source>
        <translation>%1 A lista mostra o que se sabia %2.</translation>
    </message>
    <message>
        <source>Showing the last known state from %1; asking Evolution API…</source>
        <translation>Mostrando o último estado conhecido (%1); consultando o Evolution API…</translation>
    </message>
    <message>
        <source>Asking Evolution API for its instances…</source>
        <translation>Consultando o Evolution API sobre as instâncias…</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n instância</numerusform>
            <numerusform>%n instâncias</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 de %2 exibidas</translation>
    </message>
    <message>
        <source>Evolution API has no instances yet. Create one for a client on the server (its manager), name it in the client&apos;s record, then pair it here.</source>
        <translation>O Evolution API ainda não tem instâncias. Crie uma para um cliente no servidor (pelo manager dele), informe-a no cadastro do cliente e depois pareie-a aqui.</translation>
    </message>
    <message>
        <source>No WhatsApp instances are known yet.</source>
        <translation>Nenhuma instância de WhatsApp conhecida ainda.</translation>
    </message>
    <message>
        <source>No instance matches this filter. Choose &quot;All&quot; or clear the search.</source>
        <translation>Nenhuma instância corresponde a este filtro. Escolha &quot;Todas&quot; ou limpe a busca.</translation>
    </message>
    <message>
        <source>The registry is read-only for you</source>
        <translation>O registro é somente leitura para você</translation>
    </message>
    <message>
        <source>Already connected</source>
        <translation>Já está conectado</translation>
    </message>
    <message>
        <source>its number</source>
        <translation>o número dele</translation>
    </message>
    <message>
        <source>WhatsApp of %1 is connected: %2.</source>
        <translation>O WhatsApp de %1 está conectado: %2.</translation>
    </message>
    <message>
        <source>WhatsApp of %1 is connected: %2 (%3).</source>
        <translation>O WhatsApp de %1 está conectado: %2 (%3).</translation>
    </message>
    <message>
        <source>Restarting the WhatsApp connection of %1…</source>
        <translation>Reiniciando a conexão do WhatsApp de %1…</translation>
    </message>
    <message>
        <source>%1&apos;s WhatsApp says it is connected, but the connection is closed. Log it out and pair it again.</source>
        <translation>O WhatsApp de %1 diz que está conectado, mas a conexão está fechada. Desconecte-o e pareie de novo.</translation>
    </message>
    <message>
        <source>Could not restart %1: %2</source>
        <translation>Não foi possível reiniciar %1: %2</translation>
    </message>
    <message>
        <source>Evolution API could not restart %1 (it said &quot;%2&quot;); the instance is not connected. Pair it instead.</source>
        <translation>O Evolution API não conseguiu reiniciar %1 (a resposta foi &quot;%2&quot;); a instância não está conectada. Pareie-a em vez disso.</translation>
    </message>
    <message>
        <source>%1&apos;s WhatsApp restarted and is connected.</source>
        <translation>O WhatsApp de %1 foi reiniciado e está conectado.</translation>
    </message>
    <message>
        <source>%1&apos;s WhatsApp restarted; it needs to be paired again.</source>
        <translation>O WhatsApp de %1 foi reiniciado; é preciso pareá-lo de novo.</translation>
    </message>
    <message>
        <source>Log out WhatsApp</source>
        <translation>Desconectar o WhatsApp</translation>
    </message>
    <message>
        <source>Unlink %1 from %2&apos;s WhatsApp? Messages stop until someone pairs a phone again.</source>
        <translation>Desconectar %1 do WhatsApp de %2? As mensagens param até alguém parear um celular de novo.</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <source>Logging out %1…</source>
        <translation>Desconectando %1…</translation>
    </message>
    <message>
        <source>Could not log out %1: %2</source>
        <translation>Não foi possível desconectar %1: %2</translation>
    </message>
    <message>
        <source>%1&apos;s WhatsApp is logged out; pair it again when the phone is at hand.</source>
        <translation>O WhatsApp de %1 foi desconectado; pareie de novo quando o celular estiver à mão.</translation>
    </message>
    <message>
        <source>Delete WhatsApp instance</source>
        <translation>Excluir instância de WhatsApp</translation>
    </message>
    <message>
        <source>This deletes the instance &quot;%1&quot; (%2) from Evolution API: the phone is unlinked and its stored messages, contacts and chats go with it. It cannot be undone.

Type the instance&apos;s name to confirm.</source>
        <translation>Isto exclui a instância &quot;%1&quot; (%2) do Evolution API: o celular é desconectado e as mensagens, contatos e conversas armazenados vão junto. Não é possível desfazer.

Digite o nome da instância para confirmar.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>Excluindo %1…</translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation>Não foi possível excluir %1: %2</translation>
    </message>
    <message>
        <source>The instance %1 (%2) is deleted; Evolution API removes it in the background.</source>
        <translation>A instância %1 (%2) foi excluída; o Evolution API a remove em segundo plano.</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>Enviar uma mensagem de teste</translation>
    </message>
    <message>
        <source>digits with country code, e.g. 5511988887777</source>
        <translation>dígitos com o código do país, ex.: 5511988887777</translation>
    </message>
    <message>
        <source>Test message from Fleetdeck: the WhatsApp of %1 can send.</source>
        <translation>Mensagem de teste do Fleetdeck: o WhatsApp de %1 consegue enviar.</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Para</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Mensagem</translation>
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
        <translation>Escreva uma mensagem primeiro.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Sent to %1 (status %2).</source>
        <translation>Enviada para %1 (status %2).</translation>
    </message>
    <message>
        <source>+%1 is not on WhatsApp. Check the number: country code first, digits only.</source>
        <translation>+%1 não está no WhatsApp. Verifique o número: primeiro o código do país, só dígitos.</translation>
    </message>
    <message>
        <source>Not sent: the instance says it is connected, but WhatsApp closed the connection. Restart it; if that fails, log it out and pair it again.</source>
        <translation>Não enviada: a instância diz que está conectada, mas o WhatsApp fechou a conexão. Reinicie-a; se não resolver, desconecte-a e pareie de novo.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Não enviada: %1</translation>
    </message>
    <message>
        <source>Assign to a client</source>
        <translation>Atribuir a um cliente</translation>
    </message>
    <message>
        <source>%1 (replaces %2)</source>
        <translation>%1 (substitui %2)</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Atribuir</translation>
    </message>
    <message>
        <source>Which client does the WhatsApp instance &quot;%1&quot; belong to? Its record in the registry names the instance, so its alerts and status carry the client&apos;s name.</source>
        <translation>A qual cliente pertence a instância de WhatsApp &quot;%1&quot;? O cadastro dele no registro passa a indicar a instância, e assim os alertas e o status dela trazem o nome do cliente.</translation>
    </message>
    <message>
        <source>Assigning %1…</source>
        <translation>Atribuindo %1…</translation>
    </message>
    <message>
        <source>the registry</source>
        <translation>o registro</translation>
    </message>
    <message>
        <source>Could not assign %1: %2</source>
        <translation>Não foi possível atribuir %1: %2</translation>
    </message>
    <message>
        <source>%1 now belongs to %2.</source>
        <translation>%1 agora pertence a %2.</translation>
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
            <numerusform>%Ln aguardando</numerusform>
            <numerusform>%Ln aguardando</numerusform>
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
            <numerusform>%Ln sem cliente atribuído</numerusform>
            <numerusform>%Ln sem cliente atribuído</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fleetdeck::WhatsAppTableModel</name>
    <message>
        <source>Connected but dead</source>
        <translation>Conectado, mas inoperante</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>Pareando</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Sessão encerrada</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Not paired</source>
        <translation>Não pareado</translation>
    </message>
    <message>
        <source>Unknown (not loaded)</source>
        <translation>Desconhecido (não carregado)</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Não atribuído</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Neste estado %1</translation>
    </message>
    <message>
        <source>Calls fail: %1</source>
        <translation>As requisições falham: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n state change(s) in the last 10 minutes</source>
        <translation>
            <numerusform>%n mudança de estado nos últimos 10 minutos</numerusform>
            <numerusform>%n mudanças de estado nos últimos 10 minutos</numerusform>
        </translation>
    </message>
    <message>
        <source> · reconnect loop</source>
        <translation> · loop de reconexão</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instância</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatos</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <source>Last disconnection</source>
        <translation>Última desconexão</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>Fleetdeck: the platform&apos;s operations console.</source>
        <translation>Fleetdeck: o console de operações da plataforma.</translation>
    </message>
    <message>
        <source>Open this panel: overview, tenants or audit.</source>
        <translation>Abrir este painel: overview, tenants ou audit.</translation>
    </message>
    <message>
        <source>Open this client (its slug).</source>
        <translation>Abrir este cliente (pelo slug).</translation>
    </message>
    <message>
        <source>Language: de, es, pt_BR, en (default: the system&apos;s).</source>
        <translation>Idioma: de, es, pt_BR, en (padrão: o do sistema).</translation>
    </message>
    <message>
        <source>Save the window as PNG once the first refresh is painted, then exit.</source>
        <translation>Salvar a janela como PNG assim que a primeira atualização for desenhada e depois sair.</translation>
    </message>
    <message>
        <source>No display found (DISPLAY and WAYLAND_DISPLAY are empty): showing the fleet&apos;s status here instead. Run &quot;fleetdeck --help&quot; for the commands.</source>
        <translation>Nenhuma tela encontrada (DISPLAY e WAYLAND_DISPLAY estão vazios): mostrando aqui o status geral. Execute &quot;fleetdeck --help&quot; para ver os comandos.</translation>
    </message>
    <message>
        <source>Welcome to Fleetdeck</source>
        <translation>Boas-vindas ao Fleetdeck</translation>
    </message>
    <message>
        <source>Fleetdeck has no profile yet: it does not know which platform to watch.

Try the demo (a simulated platform with 40 clients), or set up a profile with your services&apos; addresses and keys.</source>
        <translation>O Fleetdeck ainda não tem um perfil: ele não sabe qual plataforma monitorar.

Experimente a demonstração (uma plataforma simulada com 40 clientes) ou configure um perfil com os endereços e as chaves dos seus serviços.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Experimentar a demonstração</translation>
    </message>
    <message>
        <source>Set up a profile…</source>
        <translation>Configurar um perfil…</translation>
    </message>
    <message>
        <source>Fleetdeck cannot start</source>
        <translation>Não foi possível iniciar o Fleetdeck</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>up</source>
        <translation>no ar</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>degradado</translation>
    </message>
    <message>
        <source>down</source>
        <translation>fora do ar</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
</context>
<context>
    <name>HealthProbe</name>
    <message>
        <source>Health check</source>
        <translation>Verificação de saúde</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>sem resposta em %1 s</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>the health page is larger than 1 MiB</source>
        <translation>a página de saúde tem mais de 1 MiB</translation>
    </message>
    <message>
        <source>bad health URL: %1</source>
        <translation>URL de saúde inválida: %1</translation>
    </message>
    <message>
        <source>check cancelled</source>
        <translation>verificação cancelada</translation>
    </message>
    <message>
        <source>answered HTTP %1</source>
        <translation>respondeu HTTP %1</translation>
    </message>
    <message>
        <source>slow: %1 ms (limit %2 ms)</source>
        <translation>lento: %1 ms (limite de %2 ms)</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>connection refused</source>
        <translation>conexão recusada</translation>
    </message>
    <message>
        <source>the server closed the connection before the answer was complete</source>
        <translation>o servidor fechou a conexão antes de a resposta terminar</translation>
    </message>
    <message>
        <source>host name not found</source>
        <translation>nome de host não encontrado</translation>
    </message>
    <message>
        <source>the network is unavailable</source>
        <translation>a rede está indisponível</translation>
    </message>
    <message>
        <source>the certificate expired on %1</source>
        <translation>o certificado expirou em %1</translation>
    </message>
</context>
<context>
    <name>LocalCache</name>
    <message>
        <source>The local cache %1 was written by a newer Fleetdeck. It was moved to %2 and a fresh cache was started; history fills again from the next refresh.</source>
        <translation>O cache local %1 foi gravado por uma versão mais nova do Fleetdeck. Ele foi movido para %2 e um novo cache foi iniciado; o histórico volta a ser preenchido a partir da próxima atualização.</translation>
    </message>
    <message>
        <source>The local cache %1 was damaged. It was moved to %2 and a fresh cache was started; history fills again from the next refresh.</source>
        <translation>O cache local %1 estava danificado. Ele foi movido para %2 e um novo cache foi iniciado; o histórico volta a ser preenchido a partir da próxima atualização.</translation>
    </message>
</context>
<context>
    <name>MrrCalculator</name>
    <message>
        <source>%1 % off</source>
        <translation>%1 % de desconto</translation>
    </message>
    <message>
        <source>%1 %2 off per invoice</source>
        <translation>%1 %2 de desconto por fatura</translation>
    </message>
    <message>
        <source>%1 forever</source>
        <translation>%1 para sempre</translation>
    </message>
    <message>
        <source>%1 once</source>
        <translation>%1 uma vez</translation>
    </message>
    <message>
        <source>%1 for %2 months</source>
        <translation>%1 por %2 meses</translation>
    </message>
    <message>
        <source>past due for more than %1 days: counted as churned by the chosen policy</source>
        <translation>vencida há mais de %1 dias: contada como cancelada pela política escolhida</translation>
    </message>
    <message>
        <source>in trial: not revenue yet</source>
        <translation>em período de teste: ainda não é receita</translation>
    </message>
    <message>
        <source>status %1: not recurring revenue</source>
        <translation>status %1: não é receita recorrente</translation>
    </message>
    <message>
        <source>metered (usage-based) price: not recurring revenue</source>
        <translation>preço por uso: não é receita recorrente</translation>
    </message>
    <message>
        <source>tiered price: its tiers are not loaded, so it is left out</source>
        <translation>preço escalonado: as faixas não foram carregadas, então fica de fora</translation>
    </message>
    <message>
        <source>priced in %1, not the subscription&apos;s %2</source>
        <translation>cobrado em %1, não em %2 como a assinatura</translation>
    </message>
    <message>
        <source>%1 (%2): starts later, not deducted</source>
        <translation>%1 (%2): começa depois, não descontado</translation>
    </message>
    <message>
        <source>%1 (%2): ended, not deducted</source>
        <translation>%1 (%2): encerrado, não descontado</translation>
    </message>
    <message>
        <source>%1 (%2): not deducted (only forever coupons reduce MRR in Stripe&apos;s definition)</source>
        <translation>%1 (%2): não descontado (na definição da Stripe só cupons permanentes reduzem o MRR)</translation>
    </message>
    <message>
        <source>%1 (%2): deducted</source>
        <translation>%1 (%2): descontado</translation>
    </message>
    <message>
        <source>%1: its coupon %2 is unknown, not deducted</source>
        <translation>%1: o cupom %2 é desconhecido, não descontado</translation>
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
        <translation>O node_exporter em %1 não responde</translation>
    </message>
    <message>
        <source>%1 on %2: %3 free of %4</source>
        <translation>%1 em %2: %3 livres de %4</translation>
    </message>
    <message>
        <source>postgres_exporter cannot reach the database</source>
        <translation>O postgres_exporter não consegue alcançar o banco de dados</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Banco de dados</translation>
    </message>
    <message>
        <source>answers in %1 ms</source>
        <translation>responde em %1 ms</translation>
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
        <translation>O node_exporter responde</translation>
    </message>
    <message>
        <source>node_exporter does not answer</source>
        <translation>O node_exporter não responde</translation>
    </message>
    <message>
        <source>Platform database (%1)</source>
        <translation>Banco de dados da plataforma (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n database(s), %2 connections</source>
        <translation>
            <numerusform>%1 em %n banco de dados, %2 conexões</numerusform>
            <numerusform>%1 em %n bancos de dados, %2 conexões</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n target(s) up</source>
        <translation>
            <numerusform>%1 de %n alvo no ar</numerusform>
            <numerusform>%1 de %n alvos no ar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfilesCommand</name>
    <message>
        <source>No saved profiles. Import one with &quot;fleetdeck profiles import FILE&quot;.</source>
        <translation>Nenhum perfil salvo. Importe um com &quot;fleetdeck profiles import FILE&quot;.</translation>
    </message>
    <message>
        <source>Saved profile &quot;%1&quot;. Store its secrets with &quot;fleetdeck secret set NAME&quot;.</source>
        <translation>Perfil &quot;%1&quot; salvo. Salve os segredos dele com &quot;fleetdeck secret set NAME&quot;.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Não existe nenhum perfil chamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now the active profile.</source>
        <translation>&quot;%1&quot; agora é o perfil ativo.</translation>
    </message>
    <message>
        <source>Removed profile &quot;%1&quot; (its secrets stay in the keychain).</source>
        <translation>Perfil &quot;%1&quot; removido (os segredos dele continuam no chaveiro).</translation>
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
        <translation>nenhuma URL definida; informe o endereço do Prometheus</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address</source>
        <translation>&quot;%1&quot; não é um endereço http:// ou https://</translation>
    </message>
    <message>
        <source>a range query needs a start before its end</source>
        <translation>uma consulta de intervalo precisa de um início antes do fim</translation>
    </message>
</context>
<context>
    <name>PrometheusHealth</name>
    <message>
        <source>no probe result in Prometheus</source>
        <translation>nenhum resultado de sondagem no Prometheus</translation>
    </message>
    <message>
        <source>the probe failed: answered HTTP %1</source>
        <translation>a sondagem falhou: respondeu HTTP %1</translation>
    </message>
    <message>
        <source>the probe failed: no answer (connection or TLS failure)</source>
        <translation>a sondagem falhou: sem resposta (falha de conexão ou de TLS)</translation>
    </message>
    <message>
        <source>slow: %1 ms (limit %2 ms)</source>
        <translation>lento: %1 ms (limite %2 ms)</translation>
    </message>
</context>
<context>
    <name>RecordValidator</name>
    <message>
        <source>slug is missing</source>
        <translation>falta o slug</translation>
    </message>
    <message>
        <source>slug &quot;%1&quot; is not valid (use 1 to 63 lower-case letters, digits and dashes, starting with a letter or digit)</source>
        <translation>o slug &quot;%1&quot; não é válido (use de 1 a 63 letras minúsculas, números e hífens, começando com uma letra ou número)</translation>
    </message>
    <message>
        <source>name is missing</source>
        <translation>falta o nome</translation>
    </message>
    <message>
        <source>name is longer than %1 characters</source>
        <translation>o nome tem mais de %1 caracteres</translation>
    </message>
    <message>
        <source>name contains control characters</source>
        <translation>o nome contém caracteres de controle</translation>
    </message>
    <message>
        <source>plan &quot;%1&quot; is unknown (known: %2)</source>
        <translation>o plano &quot;%1&quot; é desconhecido (conhecidos: %2)</translation>
    </message>
    <message>
        <source>notes are longer than %1 characters</source>
        <translation>as observações têm mais de %1 caracteres</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 tem mais de %2 caracteres</translation>
    </message>
    <message>
        <source>health URL &quot;%1&quot; is not a valid http:// or https:// URL</source>
        <translation>a URL de saúde &quot;%1&quot; não é uma URL http:// ou https:// válida</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; contains spaces or control characters</source>
        <translation>%1 &quot;%2&quot; contém espaços ou caracteres de controle</translation>
    </message>
    <message>
        <source>plan code is missing</source>
        <translation>falta o código do plano</translation>
    </message>
    <message>
        <source>plan code &quot;%1&quot; is not valid (letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, up to 64 characters)</source>
        <translation>o código de plano &quot;%1&quot; não é válido (letras, números, &apos;-&apos;, &apos;_&apos; e &apos;.&apos;, até 64 caracteres)</translation>
    </message>
    <message>
        <source>plan name is missing</source>
        <translation>falta o nome do plano</translation>
    </message>
    <message>
        <source>plan name is longer than %1 characters</source>
        <translation>o nome do plano tem mais de %1 caracteres</translation>
    </message>
    <message>
        <source>amount must not be negative</source>
        <translation>o valor não pode ser negativo</translation>
    </message>
    <message>
        <source>currency &quot;%1&quot; is not a three-letter ISO code</source>
        <translation>a moeda &quot;%1&quot; não é um código ISO de três letras</translation>
    </message>
    <message>
        <source>interval &quot;%1&quot; is unknown (use day, week, month or year)</source>
        <translation>o intervalo &quot;%1&quot; é desconhecido (use day, week, month ou year)</translation>
    </message>
    <message>
        <source>interval count must be at least 1</source>
        <translation>a quantidade de intervalos deve ser pelo menos 1</translation>
    </message>
    <message>
        <source>none defined</source>
        <translation>nenhum definido</translation>
    </message>
</context>
<context>
    <name>RefreshScheduler</name>
    <message>
        <source>Health checks</source>
        <translation>Verificações de saúde</translation>
    </message>
    <message>
        <source>No health endpoint answered (%1 tried; first error: %2). This computer may be offline or the sites&apos; network is down; showing the last known state.</source>
        <translation>Nenhum endpoint de saúde respondeu (%1 tentados; primeiro erro: %2). Este computador pode estar offline ou a rede dos sites está fora do ar; mostrando o último estado conhecido.</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>there is no tenant with the slug &quot;%1&quot;</source>
        <translation>não existe nenhum cliente com o slug &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no registry file is configured in this profile</source>
        <translation>nenhum arquivo de registro está configurado neste perfil</translation>
    </message>
    <message>
        <source>there is no registry at %1</source>
        <translation>não existe registro em %1</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>não foi possível criar a pasta %1</translation>
    </message>
    <message>
        <source>%1 is not a Fleetdeck registry (%2)</source>
        <translation>%1 não é um registro do Fleetdeck (%2)</translation>
    </message>
    <message>
        <source>a tenant with the slug &quot;%1&quot; already exists</source>
        <translation>já existe um cliente com o slug &quot;%1&quot;</translation>
    </message>
    <message>
        <source>plan &quot;%1&quot;: %2</source>
        <translation>plano &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>plan &quot;%1&quot; is listed twice</source>
        <translation>o plano &quot;%1&quot; aparece duas vezes</translation>
    </message>
    <message>
        <source>tenant &quot;%1&quot;: %2</source>
        <translation>cliente &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>tenant &quot;%1&quot; is listed twice</source>
        <translation>o cliente &quot;%1&quot; aparece duas vezes</translation>
    </message>
    <message>
        <source>these slugs already exist in the registry: %1</source>
        <translation>estes slugs já existem no registro: %1</translation>
    </message>
    <message>
        <source>an alert id has 1 to %1 characters</source>
        <translation>um id de alerta tem de 1 a %1 caracteres</translation>
    </message>
    <message>
        <source>the note is longer than %1 characters</source>
        <translation>a observação tem mais de %1 caracteres</translation>
    </message>
    <message>
        <source>a silence must end in the future</source>
        <translation>um silenciamento deve terminar no futuro</translation>
    </message>
    <message>
        <source>the note is empty</source>
        <translation>a observação está vazia</translation>
    </message>
</context>
<context>
    <name>RevenueCommand</name>
    <message>
        <source>Reads Stripe&apos;s subscriptions, coupons and open invoices and prints the monthly recurring revenue per currency (Stripe&apos;s definition unless a policy says otherwise), the paying clients and what is still due.
With --explain SLUG, shows how that client&apos;s MRR was computed, line by line, to check it against Stripe&apos;s dashboard.</source>
        <translation>Lê do Stripe as assinaturas, os cupons e as faturas em aberto e mostra a receita recorrente mensal por moeda (pela definição do Stripe, a menos que uma política diga outra coisa), os clientes pagantes e o que ainda falta receber.
Com --explain SLUG, mostra linha por linha como o MRR desse cliente foi calculado, para conferi-lo com o painel do Stripe.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Mostrar a saída em JSON.</translation>
    </message>
    <message>
        <source>How this client&apos;s MRR was computed.</source>
        <translation>Como o MRR deste cliente foi calculado.</translation>
    </message>
    <message>
        <source>Deduct every active discount (ChartMogul, Baremetrics) instead of forever coupons only (Stripe).</source>
        <translation>Abater todos os descontos ativos (ChartMogul, Baremetrics) em vez de só os cupons permanentes (Stripe).</translation>
    </message>
    <message>
        <source>Count a subscription past due for more than DAYS as churned.</source>
        <translation>Contar como cancelada uma assinatura vencida há mais de DAYS dias.</translation>
    </message>
    <message>
        <source>--drop-past-due-after takes a number of days.</source>
        <translation>--drop-past-due-after requer um número de dias.</translation>
    </message>
    <message>
        <source>Stripe is not set up in this profile: add &quot;upstreams.stripe&quot; with its URL (https://api.stripe.com) and the name of a restricted read-only key, then store the key with &quot;fleetdeck secret set NAME&quot;.</source>
        <translation>O Stripe não está configurado neste perfil: adicione &quot;upstreams.stripe&quot; com a URL dele (https://api.stripe.com) e o nome de uma chave restrita somente leitura e depois salve a chave com &quot;fleetdeck secret set NAME&quot;.</translation>
    </message>
    <message>
        <source>There is no client with the slug &quot;%1&quot;; see &quot;fleetdeck tenants list&quot;.</source>
        <translation>Não existe nenhum cliente com o slug &quot;%1&quot;; veja &quot;fleetdeck tenants list&quot;.</translation>
    </message>
    <message>
        <source>MRR: %1</source>
        <translation>MRR: %1</translation>
    </message>
    <message>
        <source>(one amount per currency: they are not added up without exchange rates)</source>
        <translation>(um valor por moeda: eles não são somados sem taxas de câmbio)</translation>
    </message>
    <message>
        <source>Paying clients: %1</source>
        <translation>Clientes pagantes: %1</translation>
    </message>
    <message>
        <source>Open invoices: %1, %2 still due, oldest %3 days</source>
        <translation>Faturas em aberto: %1, a receber: %2, a mais antiga há %3 dias</translation>
    </message>
    <message>
        <source>Paying Stripe customers no client names: %1 (add them to the clients&apos; records)</source>
        <translation>Clientes pagantes no Stripe não indicados em nenhum cadastro de cliente: %1 (informe-os nos cadastros dos clientes)</translation>
    </message>
    <message>
        <source>Note: this is not a restricted key (rk_…); Fleetdeck only reads, so a read-only restricted key is safer.</source>
        <translation>Observação: esta não é uma chave restrita (rk_…); o Fleetdeck só faz leituras, então uma chave restrita somente leitura é mais segura.</translation>
    </message>
</context>
<context>
    <name>RevenueReport</name>
    <message>
        <source>Subscription %1 (%2, %3)</source>
        <translation>Assinatura %1 (%2, %3)</translation>
    </message>
    <message>
        <source>    left out: %1</source>
        <translation>    excluído: %1</translation>
    </message>
    <message>
        <source>    − %1 discount = %2</source>
        <translation>    − %1 de desconto = %2</translation>
    </message>
    <message>
        <source>  discount %1</source>
        <translation>  desconto %1</translation>
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
        <translation>Nenhuma assinatura do Stripe pertence a %1 (o cadastro dele não indica nenhum cliente no Stripe, ou o cliente não tem nenhuma).</translation>
    </message>
    <message>
        <source>Total MRR: %1</source>
        <translation>MRR total: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
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
            <numerusform>%n mês</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n ano</numerusform>
            <numerusform>%n anos</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 %2: %3 × %4 every %5 = %6 per period ÷ %7 months = %8 a month</source>
        <translation>  %1 %2: %3 × %4 a cada %5 = %6 por período ÷ %7 meses = %8 por mês</translation>
    </message>
</context>
<context>
    <name>SecretCommand</name>
    <message>
        <source>Usage: fleetdeck secret set|check|delete NAME
&quot;set&quot; reads the value from standard input (not echoed on a terminal) and stores it in the OS keychain. The value is never printed.</source>
        <translation>Uso: fleetdeck secret set|check|delete NAME
&quot;set&quot; lê o valor da entrada padrão (sem exibi-lo no terminal) e o salva no chaveiro do sistema. O valor nunca é exibido.</translation>
    </message>
    <message>
        <source>Value for &quot;%1&quot;: </source>
        <translation>Valor para &quot;%1&quot;: </translation>
    </message>
    <message>
        <source>Nothing was entered; the keychain was not changed.</source>
        <translation>Nada foi digitado; o chaveiro não foi alterado.</translation>
    </message>
    <message>
        <source>Stored &quot;%1&quot; in the keychain.</source>
        <translation>&quot;%1&quot; salvo no chaveiro.</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot; from the keychain.</source>
        <translation>&quot;%1&quot; excluído do chaveiro.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is in the keychain (%n byte(s)).</source>
        <translation>
            <numerusform>&quot;%1&quot; está no chaveiro (%n byte).</numerusform>
            <numerusform>&quot;%1&quot; está no chaveiro (%n bytes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretError</name>
    <message>
        <source>The secret &quot;%1&quot; is not in the keychain. Enter it in the profile editor, or set %2 for headless use.</source>
        <translation>O segredo &quot;%1&quot; não está no chaveiro. Informe-o no editor de perfis ou defina %2 para uso sem interface gráfica.</translation>
    </message>
    <message>
        <source>No keychain (secret service) is available to read &quot;%1&quot; (%2). Unlock or start your desktop keyring, or set %3 for headless use.</source>
        <translation>Nenhum chaveiro (secret service) está disponível para ler &quot;%1&quot; (%2). Desbloqueie ou inicie o chaveiro da sua área de trabalho, ou defina %3 para uso sem interface gráfica.</translation>
    </message>
    <message>
        <source>The keychain refused access to &quot;%1&quot; (%2). Unlock the keyring and try again.</source>
        <translation>O chaveiro negou acesso a &quot;%1&quot; (%2). Desbloqueie o chaveiro e tente de novo.</translation>
    </message>
    <message>
        <source>The keychain could not handle &quot;%1&quot;: %2</source>
        <translation>O chaveiro não conseguiu processar &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>Mostrar JSON em vez de uma tabela.</translation>
    </message>
    <message>
        <source>Only this client (its slug).</source>
        <translation>Somente este cliente (pelo slug).</translation>
    </message>
    <message>
        <source>Give up on the refresh after SECONDS (default 120).</source>
        <translation>Desistir da atualização após SECONDS segundos (padrão: 120).</translation>
    </message>
    <message>
        <source>The refresh did not finish within %1 s; reporting what is known.</source>
        <translation>A atualização não terminou em %1 s; mostrando o que se sabe até agora.</translation>
    </message>
    <message>
        <source>There is no client with the slug &quot;%1&quot;; see &quot;fleetdeck tenants list&quot;.</source>
        <translation>Não existe nenhum cliente com o slug &quot;%1&quot;; veja &quot;fleetdeck tenants list&quot;.</translation>
    </message>
    <message>
        <source>Checks every client&apos;s health endpoints, Prometheus and Alertmanager once and prints the fleet&apos;s status with its alerts.
Exit code: 0 ok, 1 warning, 2 critical, 3 unknown.</source>
        <translation>Verifica uma vez os endpoints de saúde de cada cliente, o Prometheus e o Alertmanager, e mostra o status geral com seus alertas.
Código de saída: 0 ok, 1 aviso, 2 crítico, 3 desconhecido.</translation>
    </message>
    <message>
        <source>Refreshes once and lists the alerts: firing, pending, acknowledged, silenced and recently resolved.
Exit code: 0 nothing needs attention, 1 a medium alert does, 2 a critical or high one does, 3 unknown.</source>
        <translation>Atualiza uma vez e lista os alertas: disparados, pendentes, reconhecidos, silenciados e resolvidos recentemente.
Código de saída: 0 nada precisa de atenção, 1 um alerta médio precisa, 2 um crítico ou alto precisa, 3 desconhecido.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Imprimir JSON em vez de texto.</translation>
    </message>
    <message>
        <source>Only this client&apos;s alerts (its slug).</source>
        <translation>Somente os alertas deste cliente (seu slug).</translation>
    </message>
    <message>
        <source>No alerts: nothing is firing or pending.</source>
        <translation>Nenhum alerta: nada está disparado ou pendente.</translation>
    </message>
    <message>
        <source>Acknowledges an alert in the registry, so the whole team sees who handles it (&quot;fleetdeck alerts&quot; lists the ids). With --remove, opens it again.</source>
        <translation>Reconhece um alerta no registro, para que toda a equipe veja quem está cuidando (&quot;fleetdeck alerts&quot; lista os ids). Com --remove, reabre o alerta.</translation>
    </message>
    <message>
        <source>The alert&apos;s id.</source>
        <translation>O id do alerta.</translation>
    </message>
    <message>
        <source>What is being done about it.</source>
        <translation>O que está sendo feito a respeito.</translation>
    </message>
    <message>
        <source>Who handles it (default: you, as user@host).</source>
        <translation>Quem está cuidando (padrão: você, como user@host).</translation>
    </message>
    <message>
        <source>Remove the acknowledgement or silence instead.</source>
        <translation>Remover o reconhecimento ou o silenciamento em vez disso.</translation>
    </message>
    <message>
        <source>Give exactly one alert id, e.g. &quot;fleetdeck ack endpoint_down:pizza-co --note &apos;on it&apos;&quot;.</source>
        <translation>Informe exatamente um id de alerta, ex.: &quot;fleetdeck ack endpoint_down:pizza-co --note &apos;on it&apos;&quot;.</translation>
    </message>
    <message>
        <source>Say what is being done with --note TEXT; the team reads it in the Alerts panel.</source>
        <translation>Informe o que está sendo feito com --note TEXT; a equipe lê isso no painel Alertas.</translation>
    </message>
    <message>
        <source>The registry %1 is read-only for you; ask someone with write access to acknowledge.</source>
        <translation>O registro %1 é somente leitura para você; peça a alguém com acesso de escrita para reconhecer.</translation>
    </message>
    <message>
        <source>The alert is open again.</source>
        <translation>O alerta está aberto novamente.</translation>
    </message>
    <message>
        <source>Acknowledged %1 for %2.</source>
        <translation>%1 reconhecido para %2.</translation>
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
        <translation>há %1 s</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>há %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>há %1 h</translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <translation>há %1 d</translation>
    </message>
    <message>
        <source>expired %1 d ago</source>
        <translation>expirou há %1 d</translation>
    </message>
    <message>
        <source>in %1 h</source>
        <translation>em %1 h</translation>
    </message>
    <message>
        <source>in %1 d</source>
        <translation>em %1 d</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> e mais %1</translation>
    </message>
    <message>
        <source>no monitored clients: add one with &quot;fleetdeck tenants add&quot;</source>
        <translation>nenhum cliente monitorado: adicione um com &quot;fleetdeck tenants add&quot;</translation>
    </message>
    <message>
        <source>client &quot;%1&quot; is not monitored (unknown, suspended or churned)</source>
        <translation>o cliente &quot;%1&quot; não é monitorado (desconhecido, suspenso ou cancelado)</translation>
    </message>
    <message>
        <source>no client has been checked yet</source>
        <translation>nenhum cliente foi verificado ainda</translation>
    </message>
    <message>
        <source>%1 down: %2</source>
        <translation>fora do ar (%1): %2</translation>
    </message>
    <message>
        <source>%1 degraded: %2</source>
        <translation>degradados (%1): %2</translation>
    </message>
    <message>
        <source>%1 not checked: %2</source>
        <translation>não verificados (%1): %2</translation>
    </message>
    <message>
        <source>%1 with stale data: %2</source>
        <translation>com dados desatualizados (%1): %2</translation>
    </message>
    <message>
        <source>%1 with a TLS certificate expiring within %2 days: %3</source>
        <translation>com certificado TLS vencendo em até %2 dias (%1): %3</translation>
    </message>
    <message>
        <source>%1 failing: %2</source>
        <translation>com falha (%1): %2</translation>
    </message>
    <message>
        <source>CLIENT</source>
        <translation>CLIENTE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>HEALTH</source>
        <translation>SAÚDE</translation>
    </message>
    <message>
        <source>LATENCY</source>
        <translation>LATÊNCIA</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>TLS EXPIRES</source>
        <translation>VENC. TLS</translation>
    </message>
    <message>
        <source>CHECKED</source>
        <translation>VERIFICADO</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>OBSERVAÇÃO</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausado</translation>
    </message>
    <message>
        <source> (stale)</source>
        <translation> (desatualizado)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Fleet status: %1</source>
        <translation>Status geral: %1</translation>
    </message>
    <message>
        <source>%1 clients monitored: %2 up, %3 degraded, %4 down, %5 unknown; %6 paused (suspended or churned)</source>
        <translation>%1 clientes monitorados: %2 no ar, %3 degradados, %4 fora do ar, %5 desconhecidos; %6 pausados (suspensos ou cancelados)</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Fontes:</translation>
    </message>
    <message>
        <source>last success %1</source>
        <translation>último sucesso %1</translation>
    </message>
    <message>
        <source>never succeeded</source>
        <translation>nunca teve sucesso</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) from the last known state need attention</source>
        <translation>
            <numerusform>%n alerta do último estado conhecido precisa de atenção</numerusform>
            <numerusform>%n alertas do último estado conhecido precisam de atenção</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical or high alert(s) nobody has taken</source>
        <translation>
            <numerusform>%n alerta crítico ou alto que ninguém assumiu</numerusform>
            <numerusform>%n alertas críticos ou altos que ninguém assumiu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medium alert(s) nobody has taken</source>
        <translation>
            <numerusform>%n alerta médio que ninguém assumiu</numerusform>
            <numerusform>%n alertas médios que ninguém assumiu</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts:</source>
        <translation>Alertas:</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>suprimido</translation>
    </message>
    <message>
        <source>silenced</source>
        <translation>silenciado</translation>
    </message>
    <message>
        <source>acknowledged by %1</source>
        <translation>reconhecido por %1</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>Fleetdeck could not open the registry: %1</source>
        <translation>O Fleetdeck não conseguiu abrir o registro: %1</translation>
    </message>
    <message>
        <source>This is a read-only (support) connection and the registry needs an upgrade (schema %1, this version of Fleetdeck needs %2): connect once with a writable role to upgrade it.</source>
        <translation>Esta é uma conexão somente leitura (suporte) e o registro precisa ser atualizado (esquema %1; esta versão do Fleetdeck precisa do %2): conecte-se uma vez com um usuário que tenha permissão de escrita para atualizá-lo.</translation>
    </message>
    <message>
        <source>This is a read-only (support) connection: the change was not saved. Ask someone with write access to make it, or connect with a writable role.</source>
        <translation>Esta é uma conexão somente leitura (suporte): a alteração não foi salva. Peça a alguém com acesso de escrita para fazê-la ou conecte-se com um usuário que tenha permissão de escrita.</translation>
    </message>
    <message>
        <source>The registry was upgraded by a newer Fleetdeck (schema %1, this version knows %2); update Fleetdeck.</source>
        <translation>O registro foi atualizado por uma versão mais nova do Fleetdeck (esquema %1; esta versão conhece até o %2); atualize o Fleetdeck.</translation>
    </message>
    <message>
        <source>Fleetdeck could not upgrade the registry; the failed step was rolled back and the registry is unchanged by it: %1</source>
        <translation>O Fleetdeck não conseguiu atualizar o registro; a etapa que falhou foi desfeita e não alterou o registro: %1</translation>
    </message>
    <message>
        <source>Not found in the registry: %1</source>
        <translation>Não encontrado no registro: %1</translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation>A alteração não foi salva: %1</translation>
    </message>
    <message>
        <source>The registry could not complete the request: %1</source>
        <translation>O registro não conseguiu concluir a solicitação: %1</translation>
    </message>
</context>
<context>
    <name>StoreWorker</name>
    <message>
        <source>%1 is not open</source>
        <translation>%1 não está aberto</translation>
    </message>
</context>
<context>
    <name>StripeClient</name>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address; Stripe&apos;s is https://api.stripe.com</source>
        <translation>&quot;%1&quot; não é um endereço http:// ou https://; o do Stripe é https://api.stripe.com</translation>
    </message>
    <message>
        <source>no API key is stored; store a restricted read-only key (rk_…) in the profile</source>
        <translation>nenhuma chave de API salva; salve no perfil uma chave restrita somente leitura (rk_…)</translation>
    </message>
</context>
<context>
    <name>Tenant</name>
    <message>
        <source>active</source>
        <translation>ativo</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>suspenso</translation>
    </message>
    <message>
        <source>churned</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>TenantImport</name>
    <message>
        <source>status &quot;%1&quot; is unknown (use active, suspended or churned)</source>
        <translation>o status &quot;%1&quot; é desconhecido (use active, suspended ou churned)</translation>
    </message>
    <message>
        <source>slug &quot;%1&quot; appears twice in the file (first on row %2)</source>
        <translation>o slug &quot;%1&quot; aparece duas vezes no arquivo (primeiro na linha %2)</translation>
    </message>
    <message>
        <source>slug &quot;%1&quot; appears twice in the file (first in tenant %2)</source>
        <translation>o slug &quot;%1&quot; aparece duas vezes no arquivo (primeiro no cliente %2)</translation>
    </message>
    <message>
        <source>slug &quot;%1&quot; already exists in the registry</source>
        <translation>o slug &quot;%1&quot; já existe no registro</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>linha %1: %2</translation>
    </message>
    <message>
        <source>tenant %1: %2</source>
        <translation>cliente %1: %2</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation>linha %1: um campo entre aspas não foi fechado</translation>
    </message>
    <message>
        <source>line %1: unexpected text after a closing quote</source>
        <translation>linha %1: texto inesperado depois das aspas de fechamento</translation>
    </message>
    <message>
        <source>the file has no header row</source>
        <translation>o arquivo não tem linha de cabeçalho</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vazia)</translation>
    </message>
    <message>
        <source>line %1: unknown column(s) %2 (known: %3)</source>
        <translation>linha %1: coluna(s) desconhecida(s) %2 (conhecidas: %3)</translation>
    </message>
    <message>
        <source>; the file seems to use &apos;;&apos; between columns, Fleetdeck expects &apos;,&apos;</source>
        <translation>; parece que o arquivo usa &apos;;&apos; entre as colunas, mas o Fleetdeck espera &apos;,&apos;</translation>
    </message>
    <message>
        <source>line %1: column(s) %2 appear more than once</source>
        <translation>linha %1: coluna(s) repetida(s): %2</translation>
    </message>
    <message>
        <source>line %1: the header has no &quot;%2&quot; column</source>
        <translation>linha %1: o cabeçalho não tem a coluna &quot;%2&quot;</translation>
    </message>
    <message>
        <source>has %1 fields, the header has %2</source>
        <translation>tem %1 campos, mas o cabeçalho tem %2</translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation>%1 deve ser um texto</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>não é um objeto</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>campo desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>endpoints must be an object</source>
        <translation>endpoints deve ser um objeto</translation>
    </message>
    <message>
        <source>unknown endpoint &quot;%1&quot;</source>
        <translation>endpoint desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>every health URL must be a string</source>
        <translation>toda URL de saúde deve ser um texto</translation>
    </message>
    <message>
        <source>health must be a string or an array of strings</source>
        <translation>health deve ser um texto ou uma lista de textos</translation>
    </message>
    <message>
        <source>&quot;plans&quot; must be an array</source>
        <translation>&quot;plans&quot; deve ser uma lista</translation>
    </message>
    <message>
        <source>plan %1: is not an object</source>
        <translation>plano %1: não é um objeto</translation>
    </message>
    <message>
        <source>amountMinor must be a whole number of minor units (cents)</source>
        <translation>amountMinor deve ser um número inteiro na menor unidade da moeda (centavos)</translation>
    </message>
    <message>
        <source>amountMinor is missing</source>
        <translation>falta amountMinor</translation>
    </message>
    <message>
        <source>intervalCount must be a whole number of at least 1</source>
        <translation>intervalCount deve ser um número inteiro igual ou maior que 1</translation>
    </message>
    <message>
        <source>code &quot;%1&quot; is listed twice</source>
        <translation>o código &quot;%1&quot; aparece duas vezes</translation>
    </message>
    <message>
        <source>plan %1: %2</source>
        <translation>plano %1: %2</translation>
    </message>
    <message>
        <source>the file nests arrays or objects more than %1 levels deep</source>
        <translation>o arquivo aninha listas ou objetos em mais de %1 níveis</translation>
    </message>
    <message>
        <source>the file is not valid JSON</source>
        <translation>o arquivo não é um JSON válido</translation>
    </message>
    <message>
        <source>unknown top-level key(s) %1 (known: plans, tenants)</source>
        <translation>chave(s) de nível superior desconhecida(s) %1 (conhecidas: plans, tenants)</translation>
    </message>
    <message>
        <source>the file has neither &quot;tenants&quot; nor &quot;plans&quot;</source>
        <translation>o arquivo não tem &quot;tenants&quot; nem &quot;plans&quot;</translation>
    </message>
    <message>
        <source>the file must hold an array of tenants or an object with &quot;tenants&quot;</source>
        <translation>o arquivo deve conter uma lista de clientes ou um objeto com &quot;tenants&quot;</translation>
    </message>
    <message>
        <source>&quot;tenants&quot; must be an array</source>
        <translation>&quot;tenants&quot; deve ser uma lista</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>o arquivo tem mais de %1 MB</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>o arquivo está vazio</translation>
    </message>
    <message>
        <source>the file is not text (it contains NUL bytes)</source>
        <translation>o arquivo não é texto (contém bytes NUL)</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it as UTF-8 and try again</source>
        <translation>o arquivo não é texto UTF-8; salve-o como UTF-8 e tente de novo</translation>
    </message>
    <message>
        <source>the file could not be read (%1)</source>
        <translation>não foi possível ler o arquivo (%1)</translation>
    </message>
</context>
<context>
    <name>TenantReport</name>
    <message>
        <source>not monitored (%1)</source>
        <translation>não monitorado (%1)</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plano:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Health:</source>
        <translation>Saúde:</translation>
    </message>
    <message>
        <source>Stale:</source>
        <translation>Desatualizado:</translation>
    </message>
    <message>
        <source>Latency:</source>
        <translation>Latência:</translation>
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
        <translation>Endpoints:</translation>
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
        <translation>Instância do Evolution</translation>
    </message>
    <message>
        <source>n8n tag</source>
        <translation>Tag do n8n</translation>
    </message>
    <message>
        <source>Stripe customer</source>
        <translation>Cliente no Stripe</translation>
    </message>
    <message>
        <source>GHL location</source>
        <translation>Location do GHL</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contato:</translation>
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
        <translation>Digite o slug do cliente (%1) para confirmar: </translation>
    </message>
    <message>
        <source>Lists the clients in the registry.</source>
        <translation>Lista os clientes do registro.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Mostrar a saída em JSON.</translation>
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
        <translation>STATUS</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>PLANO</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>HEALTH URL</source>
        <translation>URL DE SAÚDE</translation>
    </message>
    <message>
        <source>Shows one client: its details, endpoints and audit history.</source>
        <translation>Mostra um cliente: detalhes, endpoints e histórico de alterações.</translation>
    </message>
    <message>
        <source>The client&apos;s slug.</source>
        <translation>O slug do cliente.</translation>
    </message>
    <message>
        <source>Usage: fleetdeck tenants show SLUG</source>
        <translation>Uso: fleetdeck tenants show SLUG</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plano:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contato:</translation>
    </message>
    <message>
        <source>Client since:</source>
        <translation>Cliente desde:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Observações:</translation>
    </message>
    <message>
        <source>Endpoints:</source>
        <translation>Endpoints:</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Histórico:</translation>
    </message>
    <message>
        <source>Adds a client to the registry.</source>
        <translation>Adiciona um cliente ao registro.</translation>
    </message>
    <message>
        <source>Short id: lower-case letters, digits, dashes.</source>
        <translation>Identificador curto: letras minúsculas, números e hífens.</translation>
    </message>
    <message>
        <source>The client&apos;s name.</source>
        <translation>O nome do cliente.</translation>
    </message>
    <message>
        <source>Plan code (see the registry&apos;s plans).</source>
        <translation>Código do plano (veja os planos do registro).</translation>
    </message>
    <message>
        <source>active (default), suspended or churned.</source>
        <translation>active (padrão), suspended ou churned.</translation>
    </message>
    <message>
        <source>Contact (e-mail or phone).</source>
        <translation>Contato (e-mail ou telefone).</translation>
    </message>
    <message>
        <source>Free notes.</source>
        <translation>Observações livres.</translation>
    </message>
    <message>
        <source>Health URL to probe (repeatable).</source>
        <translation>URL de saúde a verificar (pode ser repetida).</translation>
    </message>
    <message>
        <source>Server/host label the client runs on.</source>
        <translation>Nome do servidor/host onde o cliente roda.</translation>
    </message>
    <message>
        <source>The client&apos;s Mautic URL.</source>
        <translation>A URL do Mautic do cliente.</translation>
    </message>
    <message>
        <source>Evolution API instance name.</source>
        <translation>Nome da instância no Evolution API.</translation>
    </message>
    <message>
        <source>n8n workflow tag.</source>
        <translation>Tag de workflow do n8n.</translation>
    </message>
    <message>
        <source>Stripe customer id (cus_…).</source>
        <translation>ID do cliente no Stripe (cus_…).</translation>
    </message>
    <message>
        <source>GoHighLevel location id.</source>
        <translation>ID da location no GoHighLevel.</translation>
    </message>
    <message>
        <source>Both --slug and --name are required.</source>
        <translation>--slug e --name são obrigatórios.</translation>
    </message>
    <message>
        <source>--status must be active, suspended or churned.</source>
        <translation>--status deve ser active, suspended ou churned.</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>%1 (%2) adicionado.</translation>
    </message>
    <message>
        <source>Imports clients from a CSV or JSON file. Every rejected row is reported with its reason; accepted rows are written together or not at all.</source>
        <translation>Importa clientes de um arquivo CSV ou JSON. Cada linha rejeitada é informada com o motivo; as linhas aceitas são gravadas todas juntas ou nenhuma é gravada.</translation>
    </message>
    <message>
        <source>Only check the file; write nothing.</source>
        <translation>Apenas verificar o arquivo; não gravar nada.</translation>
    </message>
    <message>
        <source>CSV or JSON file.</source>
        <translation>Arquivo CSV ou JSON.</translation>
    </message>
    <message>
        <source>Usage: fleetdeck tenants import FILE [--dry-run]</source>
        <translation>Uso: fleetdeck tenants import FILE [--dry-run]</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MiB; split it into smaller files.</source>
        <translation>%1 tem mais de 64 MiB; divida-o em arquivos menores.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>rejeitada: %1</translation>
    </message>
    <message>
        <source>%1 row(s) would be imported, %2 rejected. Nothing was written (--dry-run).</source>
        <translation>Linhas que seriam importadas: %1; rejeitadas: %2. Nada foi gravado (--dry-run).</translation>
    </message>
    <message>
        <source>Imported %1 client(s); %2 row(s) rejected.</source>
        <translation>Clientes importados: %1; linhas rejeitadas: %2.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Não pedir confirmação.</translation>
    </message>
    <message>
        <source>Usage: fleetdeck tenants %1 SLUG [--yes]</source>
        <translation>Uso: fleetdeck tenants %1 SLUG [--yes]</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 removido.</translation>
    </message>
    <message>
        <source>Suspended %1; it is no longer probed.</source>
        <translation>%1 suspenso; ele não será mais verificado.</translation>
    </message>
    <message>
        <source>Reactivated %1.</source>
        <translation>%1 reativado.</translation>
    </message>
    <message>
        <source>Usage: fleetdeck tenants list|show SLUG|add|import FILE|suspend SLUG|reactivate SLUG|remove SLUG [--demo | --profile NAME | --profile-file FILE]</source>
        <translation>Uso: fleetdeck tenants list|show SLUG|add|import FILE|suspend SLUG|reactivate SLUG|remove SLUG [--demo | --profile NAME | --profile-file FILE]</translation>
    </message>
    <message>
        <source>Not confirmed. To remove &quot;%1&quot; without a prompt, add --yes.</source>
        <translation>Não confirmado. Para remover &quot;%1&quot; sem pedir confirmação, adicione --yes.</translation>
    </message>
    <message>
        <source>Not confirmed. To suspend &quot;%1&quot; without a prompt, add --yes.</source>
        <translation>Não confirmado. Para suspender &quot;%1&quot; sem pedir confirmação, adicione --yes.</translation>
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
        <translation>Não foi possível ler %1: %2</translation>
    </message>
</context>
<context>
    <name>UpstreamCheck</name>
    <message>
        <source>Warning: the server runs with Evolution&apos;s well-known default key (BQYHJGJHJ), so anyone who can reach it can control it. Set AUTHENTICATION_API_KEY on the server and store the new key here.</source>
        <translation>Aviso: o servidor usa a chave padrão conhecida do Evolution (BQYHJGJHJ), então qualquer pessoa que consiga acessá-lo pode controlá-lo. Defina AUTHENTICATION_API_KEY no servidor e salve a nova chave aqui.</translation>
    </message>
    <message>
        <source>Warning: this is a full-access secret key (sk_…). A restricted key (rk_…) with read access is safer for Fleetdeck.</source>
        <translation>Aviso: esta é uma chave secreta de acesso total (sk_…). Uma chave restrita (rk_…) com acesso de leitura é mais segura para o Fleetdeck.</translation>
    </message>
    <message>
        <source>no URL is set; enter the address of the service</source>
        <translation>nenhuma URL definida; informe o endereço do serviço</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address</source>
        <translation>&quot;%1&quot; não é um endereço http:// ou https://</translation>
    </message>
    <message>
        <source>the client&apos;s Mautic address &quot;%1&quot; is not an http:// or https:// address</source>
        <translation>o endereço do Mautic do cliente, &quot;%1&quot;, não é um endereço http:// ou https://</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a client slug nor a Mautic address (https://…)</source>
        <translation>&quot;%1&quot; não é o slug de um cliente nem um endereço do Mautic (https://…)</translation>
    </message>
    <message>
        <source>unknown upstream &quot;%1&quot; (known: %2)</source>
        <translation>serviço desconhecido &quot;%1&quot; (conhecidos: %2)</translation>
    </message>
    <message>
        <source>no user and password were given; enter them as user:password</source>
        <translation>usuário e senha não informados; digite-os como usuário:senha</translation>
    </message>
    <message>
        <source>no key was given; enter the API key</source>
        <translation>nenhuma chave informada; digite a chave de API</translation>
    </message>
    <message>
        <source>the Mautic secret must be a Mautic user and password written as user:password</source>
        <translation>o segredo do Mautic deve ser um usuário e uma senha do Mautic, escritos como usuário:senha</translation>
    </message>
    <message>
        <source>Evolution API at %1 accepted the global API key.</source>
        <translation>O Evolution API em %1 aceitou a chave de API global.</translation>
    </message>
    <message>
        <source>Evolution API %1 at %2 accepted the global API key.</source>
        <translation>O Evolution API %1 em %2 aceitou a chave de API global.</translation>
    </message>
    <message>
        <source>n8n at %1 accepted the API key.</source>
        <translation>O n8n em %1 aceitou a chave de API.</translation>
    </message>
    <message>
        <source>Stripe at %1 accepted the key.</source>
        <translation>O Stripe em %1 aceitou a chave.</translation>
    </message>
    <message>
        <source>It is a test-mode key, so Fleetdeck will show test data, not live billing.</source>
        <translation>É uma chave de modo de teste, então o Fleetdeck vai mostrar dados de teste, não o faturamento real.</translation>
    </message>
    <message>
        <source>Prometheus answered at %1.</source>
        <translation>O Prometheus respondeu em %1.</translation>
    </message>
    <message>
        <source>Prometheus %1 answered at %2.</source>
        <translation>O Prometheus %1 respondeu em %2.</translation>
    </message>
    <message>
        <source>Alertmanager answered at %1.</source>
        <translation>O Alertmanager respondeu em %1.</translation>
    </message>
    <message>
        <source>Alertmanager %1 answered at %2.</source>
        <translation>O Alertmanager %1 respondeu em %2.</translation>
    </message>
    <message>
        <source>Mautic at %1 accepted the user and password.</source>
        <translation>O Mautic em %1 aceitou o usuário e a senha.</translation>
    </message>
    <message>
        <source>it refused the request (HTTP 403). Switch on the API and &quot;HTTP basic auth&quot; in Mautic&apos;s Configuration → API Settings, and check the user&apos;s role</source>
        <translation>a solicitação foi recusada (HTTP 403). Ative a API e o &quot;HTTP basic auth&quot; em Configuração → Configurações da API do Mautic e verifique a função (role) do usuário</translation>
    </message>
    <message numerus="yes">
        <source>Mautic at %1 accepted the user and password; it holds %n contact(s).</source>
        <translation>
            <numerusform>O Mautic em %1 aceitou o usuário e a senha; ele contém %n contato.</numerusform>
            <numerusform>O Mautic em %1 aceitou o usuário e a senha; ele contém %n contatos.</numerusform>
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
        <translation>Pareando</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>logged out from the phone</source>
        <translation>sessão encerrada pelo celular</translation>
    </message>
    <message>
        <source>refused by WhatsApp (number banned or restricted?)</source>
        <translation>recusado pelo WhatsApp (número banido ou restrito?)</translation>
    </message>
    <message>
        <source>refused by WhatsApp (session not accepted)</source>
        <translation>recusado pelo WhatsApp (sessão não aceita)</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>conexão perdida</translation>
    </message>
    <message>
        <source>multi-device mismatch</source>
        <translation>conflito de múltiplos aparelhos</translation>
    </message>
    <message>
        <source>connection closed</source>
        <translation>conexão fechada</translation>
    </message>
    <message>
        <source>replaced by another session</source>
        <translation>substituída por outra sessão</translation>
    </message>
    <message>
        <source>bad session</source>
        <translation>sessão inválida</translation>
    </message>
    <message>
        <source>WhatsApp unavailable</source>
        <translation>WhatsApp indisponível</translation>
    </message>
    <message>
        <source>restart required</source>
        <translation>reinício necessário</translation>
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
        <translation>O Evolution API não está configurado neste perfil: adicione a URL e o nome da chave dele (&quot;upstreams.evolution&quot;) e depois salve a chave com &quot;fleetdeck secret set NAME&quot;.</translation>
    </message>
    <message>
        <source>Lists the WhatsApp instances of Evolution API with their clients, live state, phone number, profile name and stored counts.</source>
        <translation>Lista as instâncias de WhatsApp do Evolution API com os clientes, o estado em tempo real, o número de telefone, o nome do perfil e a quantidade de mensagens, contatos e conversas armazenados.</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>Mostrar JSON em vez de uma tabela.</translation>
    </message>
    <message>
        <source>CLIENT</source>
        <translation>CLIENTE</translation>
    </message>
    <message>
        <source>INSTANCE</source>
        <translation>INSTÂNCIA</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>TELEFONE</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PERFIL</translation>
    </message>
    <message>
        <source>MESSAGES</source>
        <translation>MENSAGENS</translation>
    </message>
    <message>
        <source>CONTACTS</source>
        <translation>CONTATOS</translation>
    </message>
    <message>
        <source>CHATS</source>
        <translation>CONVERSAS</translation>
    </message>
    <message>
        <source>LAST DISCONNECTION</source>
        <translation>ÚLTIMA DESCONEXÃO</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>Inoperante</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>(não atribuído)</translation>
    </message>
    <message>
        <source>the server sent no code to draw</source>
        <translation>o servidor não enviou nenhum código para desenhar</translation>
    </message>
    <message>
        <source>Pairs a WhatsApp number with an Evolution instance without the window: prints each QR code (or writes it to --png FILE as it rotates) until the phone has scanned it.
Exit code: 0 connected, 1 not connected (the reason is printed), 64 bad usage.</source>
        <translation>Pareia um número de WhatsApp com uma instância do Evolution sem abrir a janela: mostra cada QR code (ou o grava em --png FILE a cada troca) até que o celular o leia.
Código de saída: 0 conectado, 1 não conectado (o motivo é mostrado), 64 uso incorreto.</translation>
    </message>
    <message>
        <source>The Evolution instance&apos;s name.</source>
        <translation>O nome da instância do Evolution.</translation>
    </message>
    <message>
        <source>Write the current QR code to FILE (replaced as it rotates).</source>
        <translation>Gravar o QR code atual em FILE (substituído a cada troca).</translation>
    </message>
    <message>
        <source>Pair with an 8-character code typed on this phone (digits with country code) instead of a QR code.</source>
        <translation>Parear com um código de 8 caracteres digitado neste celular (dígitos com o código do país) em vez de um QR code.</translation>
    </message>
    <message>
        <source>Give up after SECONDS (default 300).</source>
        <translation>Desistir após SECONDS segundos (padrão: 300).</translation>
    </message>
    <message>
        <source>Give exactly one instance name, e.g. &quot;fleetdeck whatsapp pair tenant-acme --png qr.png&quot;.</source>
        <translation>Informe exatamente um nome de instância, ex.: &quot;fleetdeck whatsapp pair tenant-acme --png qr.png&quot;.</translation>
    </message>
    <message>
        <source>the code was not scanned</source>
        <translation>o código não foi lido</translation>
    </message>
    <message>
        <source>WhatsApp issued no code</source>
        <translation>o WhatsApp não gerou nenhum código</translation>
    </message>
    <message>
        <source>Not connected within %1 s: %2</source>
        <translation>Não conectado em %1 s: %2</translation>
    </message>
    <message>
        <source>Waiting for WhatsApp to issue a code…</source>
        <translation>Aguardando o WhatsApp gerar um código…</translation>
    </message>
    <message>
        <source>Pairing code: %1 (WhatsApp → Linked devices → Link with phone number)</source>
        <translation>Código de pareamento: %1 (WhatsApp → Aparelhos conectados → Conectar com número de telefone)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>QR code %1 of %2 written to %3; scan it with WhatsApp → Linked devices → Link a device.</source>
        <translation>QR code %1 de %2 gravado em %3; leia-o com WhatsApp → Aparelhos conectados → Conectar um aparelho.</translation>
    </message>
    <message>
        <source>QR code %1 of %2; scan it with WhatsApp → Linked devices → Link a device.</source>
        <translation>QR code %1 de %2; leia-o com WhatsApp → Aparelhos conectados → Conectar um aparelho.</translation>
    </message>
    <message>
        <source>an unknown number</source>
        <translation>um número desconhecido</translation>
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
        <translation>O Evolution API ainda não tem instâncias; crie uma no gerenciador dele e depois informe-a no cadastro do cliente.</translation>
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
