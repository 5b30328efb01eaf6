#!/usr/bin/env bash
# Writes the digest diagnoser's test vectors, computed with coreutils' md5sum/sha1sum only (not with
# the site's code), to tests/unit/fixtures/callbacks/digest-diagnoser-vectors.json:
#   bash scripts/digest-diagnoser-vectors.sh
# Each row is a configuration (algorithm, salt, digest parameters in order), a callback query without
# its digest, the string a correct sender hashes (decoded values, then the salt) and the string one
# typical mistake hashes instead. The test appends either digest to the query and expects "match"
# for the correct one and the row's kind for the mistaken one.
set -euo pipefail
out="$(dirname "$0")/../tests/unit/fixtures/callbacks/digest-diagnoser-vectors.json"

hex() { # algorithm, string -> uppercase hex digest of the UTF-8 bytes
  if [ "$1" = MD5 ]; then printf '%s' "$2" | md5sum; else printf '%s' "$2" | sha1sum; fi | cut -d' ' -f1 | tr a-f A-F
}
lower() { printf '%s' "$1" | tr A-F a-f; }

rows=()
# row <kind> <comment> <algorithm> <salt> <params, comma-separated> <query without digest> <correct input> <mistaken input> [mistaken algorithm] [lower]
row() {
  local kind=$1 comment=$2 algo=$3 salt=$4 params=$5 query=$6 correct=$7 mistaken=$8 malgo=${9:-$3} case=${10:-upper}
  local good bad
  good=$(hex "$algo" "$correct")
  bad=$(hex "$malgo" "$mistaken")
  [ "$case" = lower ] && bad=$(lower "$bad")
  rows+=("$(jq -n --arg kind "$kind" --arg comment "$comment" --arg algorithm "$algo" --arg salt "$salt" \
    --arg params "$params" --arg query "$query" --arg correct "$good" --arg mistaken "$bad" \
    '{kind: $kind, comment: $comment, algorithm: $algorithm, salt: $salt, digestParams: ($params | split(",") | map(select(. != ""))), query: $query, correctDigest: $correct, mistakenDigest: $mistaken}')")
}

q='paymentId=lePayment'
row match 'the documentation example, MD5' MD5 iCanHasCheezeburger paymentId "$q" lePaymentiCanHasCheezeburger lePaymentiCanHasCheezeburger
row match 'the documentation example, SHA1' SHA1 iCanHasCheezeburger paymentId "$q" lePaymentiCanHasCheezeburger lePaymentiCanHasCheezeburger
row case 'lowercase MD5 hex, as the GET examples show' MD5 iCanHasCheezeburger paymentId "$q" lePaymentiCanHasCheezeburger lePaymentiCanHasCheezeburger MD5 lower
row case 'lowercase SHA1 hex' SHA1 s3cret paymentId "$q" lePayments3cret lePayments3cret SHA1 lower
row algorithm 'configured MD5, sent SHA1' MD5 iCanHasCheezeburger paymentId "$q" lePaymentiCanHasCheezeburger lePaymentiCanHasCheezeburger SHA1
row algorithm 'configured SHA1, sent MD5 in lowercase' SHA1 iCanHasCheezeburger paymentId "$q" lePaymentiCanHasCheezeburger lePaymentiCanHasCheezeburger MD5 lower
row salt 'sent without a salt' MD5 iCanHasCheezeburger paymentId "$q" lePaymentiCanHasCheezeburger lePayment
row salt 'sent without a salt, SHA1' SHA1 s3cret paymentId "$q" lePayments3cret lePayment
row salt 'the shop''s salt has a trailing newline the sender''s lacks' SHA1 $'s3cret\n' paymentId "$q" $'lePayments3cret\n' lePayments3cret
row salt 'the shop''s salt has spaces around it' MD5 '  s3cret ' paymentId "$q" 'lePayment  s3cret ' lePayments3cret
row salt 'the sender''s salt has a trailing space' MD5 s3cret paymentId "$q" lePayments3cret 'lePayments3cret '
row salt 'the sender''s salt has a leading space' SHA1 s3cret paymentId "$q" lePayments3cret 'lePayment s3cret'
row order 'result before paymentId' MD5 s3cret paymentId,result 'paymentId=10000016&result=FROZEN' 10000016FROZENs3cret FROZEN10000016s3cret
row order 'three TEST parameters in reverse' SHA1 s3cret param1,param2,param3 'param1=Alfa&param2=Bravo&param3=Charlie' AlfaBravoCharlies3cret CharlieBravoAlfas3cret
row encoding 'hashed the percent-encoded value' MD5 s3cret param1 'param1=a%20b%26c' 'a b&cs3cret' 'a%20b%26cs3cret'
row encoding 'hashed the percent-encoded value, SHA1' SHA1 s3cret paymentId,param1 'paymentId=p-1&param1=%C3%A5%C3%A4%C3%B6' 'p-1åäös3cret' 'p-1%C3%A5%C3%A4%C3%B6s3cret'
row encoding 'hashed the value decoded twice (it arrives double-encoded)' MD5 s3cret param1 'param1=a%2520b' 'a%20bs3cret' 'a bs3cret'
row none 'a different salt altogether' MD5 s3cret paymentId "$q" lePayments3cret lePaymentotherSalt
row none 'another payment''s digest' SHA1 s3cret paymentId "$q" lePayments3cret otherPayments3cret
printf '%s\n' "${rows[@]}" | jq -s '.' >"$out"
npx --no-install biome format --write "$out" >/dev/null 2>&1 || true  # the repository's JSON style
echo "wrote ${#rows[@]} rows to $out"
