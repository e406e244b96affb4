#!/bin/sh
# Installs what OCR needs at run time: Tesseract 5 and leptonica (loaded in-process as
# libtesseract.so.5 and liblept.so.5), the English and French models, the tesseract program
# (benchmark comparison only) and poppler's pdftoppm (PDF pages with no single embedded image).
# Idempotent: installs only what is missing. Used by the README set-up, .ci/run and the Dockerfile.
set -eu

packages="libtesseract5 liblept5 tesseract-ocr tesseract-ocr-eng tesseract-ocr-fra poppler-utils"

missing=""
for package in $packages; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $package"
  fi
done

if [ -z "$missing" ]; then
  echo "install-ocr: already installed:$(printf ' %s' $packages)"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-ocr: apt-get not found; install these packages (or your system's equivalents):$missing" >&2
  exit 1
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo="sudo"
  else
    echo "install-ocr: run as root (or install sudo) to install:$missing" >&2
    exit 1
  fi
fi

echo "install-ocr: installing$missing"
$sudo apt-get update -qq
# shellcheck disable=SC2086 # the list is meant to split into words
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing

for library in libtesseract.so.5 liblept.so.5; do
  if ! ldconfig -p | grep -q "$library"; then
    echo "install-ocr: $library still not found by the loader" >&2
    exit 1
  fi
done
echo "install-ocr: done"
