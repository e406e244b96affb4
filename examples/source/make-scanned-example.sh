#!/usr/bin/env bash
# Writes ../inbox/004-en-complete-scanned.eml: a complete English request whose LOA, CSR and bill are
# scanned pages (200-dpi JPEG), so the first run shows OCR at work and an accepted request. Everything
# in it is fictional. Needs ImageMagick, the DejaVu fonts and python3.
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

page() { # page OUT [extra convert options]; rows "weight|points|x|y|text" on stdin
  local out=$1; shift
  local args=()
  while IFS='|' read -r weight size x y text; do
    [ -n "$x" ] || continue
    args+=(-font "$([ "$weight" = b ] && echo DejaVu-Sans-Bold || echo DejaVu-Sans)" -pointsize "$size" -annotate "+$x+$y" "$text")
  done
  convert -units PixelsPerInch -density 200 -size 1700x2200 xc:white -fill black "${args[@]}" "$@" \
    -attenuate 0.15 +noise Gaussian -rotate 0.4 -gravity center -crop 1700x2200+0+0 +repage \
    -colorspace Gray -quality 85 "$out"
}

page "$work/LOA.jpg" -stroke black -strokewidth 4 -fill none \
  -draw "path 'M 240,1790 C 300,1700 360,1840 420,1760 S 520,1700 560,1800 S 660,1720 720,1780'" <<'ROWS'
b|16|420|150|LETTER OF AUTHORIZATION (LOA)
n|9|200|210|Authorization to port telephone numbers - Canada (local and mobile numbers)
b|11|120|320|1. Customer information
n|10|120|380|Customer / business name
n|10|800|380|Lakeshore Pottery Studio
n|10|120|430|Authorized person - first name
n|10|800|430|Nadia
n|10|120|480|Authorized person - last name
n|10|800|480|Kowalski
b|11|120|600|2. Service address (as it appears on the current carrier's records)
n|10|120|660|Street address
n|10|800|660|455 Queen St W, Suite 210
n|10|120|710|City
n|10|800|710|Toronto
n|10|120|760|Province
n|10|800|760|ON
n|10|120|810|Postal code
n|10|800|810|M5V 2A9
b|11|120|930|3. Current service provider
n|10|120|990|Current carrier
n|10|800|990|Maple Leaf Telecom
n|10|120|1040|Account number with current carrier
n|10|800|1040|MLT 4471-2093
b|11|120|1160|4. Telephone numbers to be ported
n|10|120|1220|(416) 203-7781
n|10|800|1220|(647) 839-2217
b|11|120|1360|5. Authorization
n|9|120|1420|By signing below, I certify that I am the end user or an authorized representative of the
n|9|120|1460|customer named above, with the authority to change the provider of the numbers listed.
n|10|160|1860|Authorized signature
n|10|1150|1800|November 24, 2026
n|10|1150|1860|Date
n|10|300|1980|Printed name
n|10|800|1980|Nadia Kowalski
ROWS

page "$work/CSR.jpg" <<'ROWS'
b|14|900|150|CUSTOMER SERVICE RECORD
b|12|120|150|Maple Leaf Telecom
n|9|900|200|Generated: 2026-11-24 09:12 ET
n|10|120|360|Account number
n|10|800|360|MLT 4471-2093
n|10|120|410|Account status
n|10|800|410|Active
n|10|120|460|Account name
n|10|800|460|LAKESHORE POTTERY STUDIO
n|10|120|510|Authorized contact
n|10|800|510|NADIA KOWALSKI
n|10|120|560|Service address
n|10|800|560|210-455 QUEEN ST W
n|10|800|610|TORONTO ON M5V 2A9
n|10|120|660|Billing address
n|10|800|660|Same as service address
b|11|120|800|Telephone numbers on this account (2)
n|10|120|860|Telephone number
n|10|700|860|Service
n|10|1200|860|Status
n|10|120|930|416 203-7781
n|10|700|930|Business line
n|10|1200|930|Active
n|10|120|1000|647 839-2217
n|10|700|1000|Business line
n|10|1200|1000|Active
ROWS

page "$work/Bill.jpg" <<'ROWS'
b|14|1150|150|Your statement
b|12|120|150|Maple Leaf Telecom
n|10|160|300|NADIA KOWALSKI
n|10|160|345|LAKESHORE POTTERY STUDIO
n|10|160|390|210-455 QUEEN ST W
n|10|160|435|TORONTO ON M5V 2A9
n|10|1000|300|Statement Date
n|10|1350|300|Nov. 15, 2026
n|10|1000|345|Account number
n|10|1350|345|MLT 4471-2093
n|10|1000|435|Service period
n|10|1350|435|Nov 15 - Dec 14, 2026
b|11|120|600|Amount due  $142.80
n|10|1000|600|Due date  Dec. 6, 2026
b|11|120|760|Details of charges by number
n|10|160|830|416-203-7781
n|10|700|830|Business line
n|10|1400|830|$64.00
n|10|160|890|647-839-2217
n|10|700|890|Business line
n|10|1400|890|$62.00
ROWS

python3 - "$work" > ../inbox/004-en-complete-scanned.eml <<'PY'
import os
import sys
from email.message import EmailMessage

work = sys.argv[1]
m = EmailMessage()
m["From"] = "Nadia Kowalski <nadia@lakeshorepottery.example.ca>"
m["To"] = "Twilio Porting <porting@localhost>"
m["Subject"] = "Port request - Lakeshore Pottery Studio"
m["Date"] = "Tue, 24 Nov 2026 10:05:00 -0500"
m["Message-ID"] = "<example-004@lakeshorepottery.example.ca>"
m.set_content("""Hello,

Please port our two numbers to Twilio. The signed LOA, the CSR and our latest bill are attached (scanned).

Account SID: AC3f6e0c2b9a8d47e1b5c4a3f2e1d0c9b8
Numbers to port: (416) 203-7781, (647) 839-2217
Authorized user: Nadia Kowalski
Service address: Suite 210, 455 Queen St W, Toronto, ON M5V 2A9

Thank you,
Nadia Kowalski
Lakeshore Pottery Studio
""")
for name in ("LOA.jpg", "CSR.jpg", "Bill.jpg"):
    with open(os.path.join(work, name), "rb") as f:
        m.add_attachment(f.read(), maintype="image", subtype="jpeg", filename=name)
sys.stdout.write(m.as_string(policy=m.policy.clone(linesep="\r\n")))
PY
