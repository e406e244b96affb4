#!/usr/bin/env bash
# Starts a private Dovecot (IMAP + LMTP) and Postfix (SMTP, delivering to Dovecot over LMTP) on
# loopback ports, configured entirely inside DIR, without systemd. For tests and local trials.
#
#   scripts/mailbed/start.sh DIR IMAP_PORT SMTP_PORT LMTP_PORT [USER...]
#
# Users are local parts at the domain test.local, each with the password "secret".
# OAuth2 (optional, from the environment): with MAILBED_OAUTH2_URL set, Dovecot also accepts XOAUTH2 and
# OAUTHBEARER tokens, each checked by POSTing it to that introspection URL (RFC 7662: a JSON answer with
# "active": true and "username"); with MAILBED_SUBMISSION_PORT and MAILBED_AUTH_PORT set as well, Postfix
# listens there for submission that requires SASL, authenticated by Dovecot over MAILBED_AUTH_PORT.
# Stop with scripts/mailbed/stop.sh DIR. Needs root (Postfix) and the packages of scripts/install-mail.sh.
set -euo pipefail

dir=$1 imap=$2 smtp=$3 lmtp=$4
shift 4
users=("$@")
[ ${#users[@]} -gt 0 ] || users=(porting customer operator)
domain=test.local
mail_uid=$(id -u nobody) mail_gid=$(id -g nobody)

mkdir -p "$dir"/{dovecot/run,dovecot/state,mail,postfix/data}
# The queue layout "postfix check" would create (it takes seconds; this takes none).
for sub in active bounce corrupt defer deferred flush hold incoming private saved trace; do
  install -d -o postfix -g root -m 700 "$dir/postfix/queue/$sub"
done
install -d -o postfix -g postdrop -m 730 "$dir/postfix/queue/maildrop"
install -d -o postfix -g postdrop -m 710 "$dir/postfix/queue/public"
install -d -o root -g root -m 755 "$dir/postfix/queue/pid"
chmod 755 "$dir" "$dir/dovecot" "$dir/postfix"
chown "$mail_uid:$mail_gid" "$dir/mail"
chown postfix "$dir/postfix/data"

: > "$dir/dovecot/users"
: > "$dir/postfix/vmailbox"
for user in "${users[@]}"; do
  echo "$user@$domain:{PLAIN}secret" >> "$dir/dovecot/users"
  echo "$user@$domain $user/" >> "$dir/postfix/vmailbox"
done

oauth2_passdb="" auth_listener="" submission=""
if [ -n "${MAILBED_OAUTH2_URL:-}" ]; then
  # No auth cache: every login asks the endpoint, so an expired or revoked token is refused at once.
  cat > "$dir/dovecot/oauth2.conf.ext" <<CONF
introspection_mode = post
introspection_url = $MAILBED_OAUTH2_URL
force_introspection = yes
username_attribute = username
active_attribute = active
active_value = true
CONF
  oauth2_passdb="passdb {
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = $dir/dovecot/oauth2.conf.ext
}"
  if [ -n "${MAILBED_SUBMISSION_PORT:-}" ] && [ -n "${MAILBED_AUTH_PORT:-}" ]; then
    auth_listener="service auth {
  inet_listener auth-postfix {
    address = 127.0.0.1
    port = $MAILBED_AUTH_PORT
  }
}"
    submission="127.0.0.1:$MAILBED_SUBMISSION_PORT inet n - n - - smtpd
  -o smtpd_sasl_auth_enable=yes
  -o smtpd_sasl_type=dovecot
  -o smtpd_sasl_path=inet:127.0.0.1:$MAILBED_AUTH_PORT
  -o smtpd_client_restrictions=permit_sasl_authenticated,reject
  -o smtpd_relay_restrictions=permit_sasl_authenticated,reject"
  fi
fi

cat > "$dir/dovecot/dovecot.conf" <<CONF
base_dir = $dir/dovecot/run
state_dir = $dir/dovecot/state
log_path = $dir/dovecot/dovecot.log
protocols = imap lmtp
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login${MAILBED_OAUTH2_URL:+ xoauth2 oauthbearer}
mail_location = maildir:$dir/mail/%u
first_valid_uid = 1
$oauth2_passdb
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $dir/dovecot/users
}
userdb {
  driver = static
  args = uid=$mail_uid gid=$mail_gid home=$dir/mail/%u
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $imap
  }
  inet_listener imaps {
    port = 0
  }
}
service lmtp {
  inet_listener lmtp {
    address = 127.0.0.1
    port = $lmtp
  }
}
$auth_listener
protocol lmtp {
  postmaster_address = postmaster@$domain
}
namespace inbox {
  inbox = yes
  separator = /
}
CONF

cat > "$dir/postfix/main.cf" <<CONF
compatibility_level = 3.6
queue_directory = $dir/postfix/queue
data_directory = $dir/postfix/data
mail_owner = postfix
myhostname = mail.$domain
mydomain = $domain
myorigin = $domain
mydestination =
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
virtual_mailbox_domains = $domain
virtual_mailbox_maps = texthash:$dir/postfix/vmailbox
virtual_transport = lmtp:inet:127.0.0.1:$lmtp
default_transport = error:mail leaves the test bed nowhere
relay_transport = error:mail leaves the test bed nowhere
local_transport = error:no local delivery in the test bed
alias_maps =
alias_database =
local_recipient_maps =
smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination
maillog_file = $dir/postfix/postfix.log
maillog_file_prefixes = $dir
smtputf8_enable = no
biff = no
queue_run_delay = 1s
minimal_backoff_time = 1s
maximal_backoff_time = 2s
CONF

cat > "$dir/postfix/master.cf" <<CONF
127.0.0.1:$smtp inet n - n - - smtpd
$submission
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
lmtp      unix  -       -       n       -       -       lmtp
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
CONF
# Postfix waits for a main.cf younger than a few seconds to "settle"; it is not going to change.
touch -d '-10 seconds' "$dir/postfix/main.cf" "$dir/postfix/master.cf"

"$(dirname "$0")/start-dovecot.sh" "$dir"
"$(dirname "$0")/start-postfix.sh" "$dir"

for port in "$imap" "$smtp" "$lmtp" ${MAILBED_SUBMISSION_PORT:-}; do
  for _ in $(seq 1 100); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then break; fi
    sleep 0.05
  done
done
echo "mail bed up in $dir: IMAP $imap, SMTP $smtp, LMTP $lmtp"
