#!/usr/bin/env bash
# End-to-end checks of the secu command: outputs, languages and exit codes.
# Usage: tests/cli_test.sh path/to/secu
set -uo pipefail
SECU=$1
ROOT=$(cd "$(dirname "$0")/.." && pwd)
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
passed=0; failed=0
check() {  # check NAME EXPECTED_EXIT PATTERN -- command...
  local name=$1 want=$2 pattern=$3; shift 4
  local out; out=$("$@" 2>&1); local got=$?
  if [ "$got" = "$want" ] && grep -qE -- "$pattern" <<<"$out"; then passed=$((passed+1));
  else failed=$((failed+1)); echo "FAIL $name: exit $got (want $want), output:"; echo "$out" | head -20; fi
}
EX=$ROOT/examples/sickness-blue-collar.json
check "eval text en" 0 "Your employer" -- "$SECU" eval "$EX" --at 2024-03-06
check "eval text fr" 0 "Alliance nationale des mutualités chrétiennes" -- "$SECU" eval "$EX" --at 2024-03-06 --lang fr
check "eval text nl" 0 "Landsbond der Christelijke Mutualiteiten" -- "$SECU" eval "$EX" --at 2024-03-06 --lang nl
check "eval json" 0 '"status": "entitled"' -- "$SECU" eval "$EX" --at 2024-03-06 --format json
check "eval explain has trace" 0 '"parameter": "sickness.benefit.wage_ceiling"' -- "$SECU" eval "$EX" --at 2024-03-06 --format json --explain
check "eval from stdin" 0 "entitled" -- bash -c "\"$SECU\" eval - --at 2024-03-06 < \"$EX\""
printf '{"persons": [{"id": "a", "niss": "12345678901"}]}' > "$TMP/bad.json"
check "bad niss names the field" 2 "/persons/0/niss" -- "$SECU" eval "$TMP/bad.json"
printf '{"persons": [' > "$TMP/broken.json"
check "broken json" 2 "not valid JSON" -- "$SECU" eval "$TMP/broken.json"
check "missing file" 2 "cannot read" -- "$SECU" eval "$TMP/none.json"
check "bad --at" 2 "--at" -- "$SECU" eval "$EX" --at 2023-02-29
check "bad --lang" 2 "lang" -- "$SECU" eval "$EX" --lang de
check "params list" 0 "sickness.benefit.rate" -- "$SECU" params --at 2024-01-01
check "params one" 0 "126.4894" -- "$SECU" params sickness.benefit.wage_ceiling --at 2013-06-01
check "params not covered" 1 "cannot tell" -- "$SECU" params sickness.employee.max_gap_days --at 2013-06-01
check "params unknown" 2 "no parameter" -- "$SECU" params nope.nope
check "reform overlay" 0 "on 2027-02-01: 65" -- "$SECU" params sickness.benefit.rate --at 2027-02-01 --reform "$ROOT/examples/reforms/sickness-rate-65.yaml"
check "base without reform" 0 "on 2027-02-01: 60" -- "$SECU" params sickness.benefit.rate --at 2027-02-01
printf 'reform: x\nchanges:\n  nope.nope:\n    2027-01-01: {value: 1, source: {url: "https://a.be", reliability: press}}\n' > "$TMP/bad-reform.yaml"
check "bad reform names the key" 2 "changes/nope.nope" -- "$SECU" params --reform "$TMP/bad-reform.yaml"
check "healthcare example nl" 0 "ziekenfonds" -- "$SECU" eval "$ROOT/examples/healthcare-gp-visit.json" --at 2024-06-01 --lang nl
check "healthcare example json" 0 '"personal_share"' -- "$SECU" eval "$ROOT/examples/healthcare-gp-visit.json" --at 2024-06-01 --format json
check "family benefits example nl" 0 "Groeipakket" -- "$SECU" eval "$ROOT/examples/family-benefits-flanders.json" --at 2024-03-01 --lang nl
check "unemployment example fr" 0 "ONEM" -- "$SECU" eval "$ROOT/examples/unemployment-living-alone.json" --at 2013-06-01 --lang fr
check "pension example fr" 0 "739,65" -- "$SECU" eval "$ROOT/examples/pension-minimum-pro-rata.json" --at 2013-06-01 --lang fr
check "integration income example nl" 0 "Leefloon" -- "$SECU" eval "$ROOT/examples/integration-income-family.json" --at 2013-09-01 --lang nl
check "schema" 0 "draft-07" -- "$SECU" schema
mkdir -p "$TMP/data" && cp -r "$ROOT/data/." "$TMP/data/" && printf 'description: x\n' > "$TMP/data/params/sickness/broken.yaml"
check "bad data file names file and key" 3 "broken.yaml: label" -- "$SECU" --data "$TMP/data" params
# secu db: migrate prints the latest version; backup, restore into a new file, same version.
check "db migrate prints the latest version" 0 'schema version ([0-9]+) \(latest \1\)' -- "$SECU" db migrate --db "sqlite:$TMP/a.db"
check "db backup" 0 "backed up" -- "$SECU" db backup --db "sqlite:$TMP/a.db" "$TMP/a.backup"
check "db restore into a new file" 0 'schema version ([0-9]+) \(latest \1\)' -- "$SECU" db restore --db "sqlite:$TMP/b.db" "$TMP/a.backup"
v_a=$("$SECU" db migrate --db "sqlite:$TMP/a.db" 2>&1 | grep -oE 'schema version [0-9]+')
check "migrate on the copy reports the same version" 0 "^$v_a " -- bash -c "\"$SECU\" db migrate --db \"sqlite:$TMP/b.db\" | sed 's/^[^ ]*: //'"
check "db restore of a missing file" 3 "cannot read the backup file" -- "$SECU" db restore --db "sqlite:$TMP/c.db" "$TMP/none.backup"
check "a failed restore leaves no empty database behind" 0 "^absent$" -- bash -c "[ -e \"$TMP/c.db\" ] && echo present || echo absent"
check "db migrate bad url" 2 "--db nonsense:x" -- "$SECU" db migrate --db nonsense:x
check "serve bad --db" 2 "secu serve: --db nonsense:x" -- "$SECU" serve --port 0 --db nonsense:x
check "serve unusable --db" 3 "secu serve: --db sqlite:$TMP/no/such/dir/s.db" -- "$SECU" serve --port 0 --db "sqlite:$TMP/no/such/dir/s.db"
# secu serve as a process: answers, then stops cleanly on SIGTERM (exit 0).
PORT=$((20000 + RANDOM % 20000))
"$SECU" serve --port "$PORT" --threads 4 --db "sqlite:$TMP/s.db" 2>"$TMP/serve.log" & SERVE=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break; sleep 0.1; done
check "serve answers /v1/eval" 0 '"status": ?"entitled"' -- curl -sf -X POST "http://127.0.0.1:$PORT/v1/eval?at=2024-03-06" --data-binary "@$EX"
check "serve /ready with the database" 0 '"status": ?"ready".*"database": ?"sqlite"|"database": ?"sqlite".*"status": ?"ready"' -- curl -sf "http://127.0.0.1:$PORT/ready"
check "serve refuses a bad situation with 400" 0 "^400$" -- curl -s -o /dev/null -w "%{http_code}" -X POST "http://127.0.0.1:$PORT/v1/eval" --data-binary "@$TMP/bad.json"
kill -TERM "$SERVE"; wait "$SERVE"; code=$?
check "serve stops on SIGTERM with exit 0" 0 "^0$" -- echo "$code"
# secu user: add (password from $SECU_PASSWORD or one line of stdin, never argv), list.
U="sqlite:$TMP/u.db"; PW='correct horse battery'
check "user add, password from SECU_PASSWORD" 0 "created user alice \(admin\), id 1" -- env SECU_PASSWORD="$PW" "$SECU" user add alice --role admin --db "$U"
check "user add, password from stdin" 0 "created user bob \(clerk\), id 2" -- bash -c "printf '%s\n' '$PW' | env -u SECU_PASSWORD \"$SECU\" user add bob --role clerk --db \"$U\""
check "user list" 0 "1  alice +admin" -- "$SECU" user list --db "$U"
check "user list shows every user" 0 "2  bob +clerk" -- "$SECU" user list --db "$U"
check "user add: a name taken" 2 "failed_precondition: name: .*taken" -- env SECU_PASSWORD="$PW" "$SECU" user add alice --role clerk --db "$U"
check "user add: a bad role names --role" 2 "invalid_argument: --role: expected clerk, medical_adviser" -- env SECU_PASSWORD="$PW" "$SECU" user add carol --role root --db "$U"
check "user add: 11 bytes of password is too short" 2 "invalid_argument: password: expected a password of 12" -- env SECU_PASSWORD=12345678901 "$SECU" user add carol --role clerk --db "$U"
check "user add: a bad name" 2 "invalid_argument: name: expected 1 to 64 letters" -- env SECU_PASSWORD="$PW" "$SECU" user add "carol smith" --role clerk --db "$U"
check "user add: no password at all" 2 "SECU_PASSWORD or on standard input" -- bash -c "env -u SECU_PASSWORD \"$SECU\" user add carol --role clerk --db \"$U\" </dev/null"
check "user add: --role is required" 2 "role" -- env SECU_PASSWORD="$PW" "$SECU" user add carol --db "$U"
check "user list: bad --db" 2 "secu user list: --db nonsense:x" -- "$SECU" user list --db nonsense:x
check "the password is not in the database" 0 "^0$" -- bash -c "cat \"$TMP/u.db\"* | grep -ac '$PW' || true"
# A user added by the CLI logs in on secu serve and sees itself at /v1/me.
PORT=$((20000 + RANDOM % 20000))
"$SECU" serve --port "$PORT" --threads 2 --db "$U" 2>"$TMP/serve-u.log" & SERVE=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break; sleep 0.1; done
TOKEN=$(curl -s -X POST "http://127.0.0.1:$PORT/v1/login" --data-binary "{\"name\": \"bob\", \"password\": \"$PW\"}" | grep -oE '[0-9a-f]{64}')
check "serve: login of a CLI user gives a token" 0 "^[0-9a-f]{64}$" -- echo "$TOKEN"
check "serve: /v1/me with the token" 0 '"name": ?"bob"' -- curl -sf -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/v1/me"
check "serve: a clerk may not list the users" 0 "^403$" -- curl -s -o /dev/null -w "%{http_code}" -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/v1/users"
kill -TERM "$SERVE"; wait "$SERVE"
# secu demo-data: a small fund (users, households, attestations, files, a batch, an appeal); once only.
D="sqlite:$TMP/demo.db"
"$SECU" demo-data --db "$D" >"$TMP/demo.out" 2>&1; code=$?
check "demo-data exits 0" 0 "^0$" -- echo "$code"
# White-collar, 150.00 a day: the fund's 90.00 a benefit day for April (24 days), May (27), June (25)
# = 6840.00, with the four attestations' 78.25 (14.85 + 35.70 + 12.85 + 14.85): 6918.25 in 7 payments.
check "demo-data: the incapacity file" 0 "incapacity file 1 \(Jan Janssens\): 3 months of daily benefits booked" -- cat "$TMP/demo.out"
check "demo-data: the batch is exported" 0 "payment batch 1: 7 payments, 6918.25 EUR, exported" -- cat "$TMP/demo.out"
check "demo-data: an appeal with its deadline" 0 "appeal 1 against decision [0-9]+, deadline [0-9]{4}-" -- cat "$TMP/demo.out"
check "demo-data twice changes nothing" 0 "already has members" -- "$SECU" demo-data --db "$D"
check "demo-data: the demo users" 0 "4  auditor +auditor" -- "$SECU" user list --db "$D"
# secu simulate: the blue-collar worker (examples/sickness-blue-collar.json) as a population of
# one household, a household without facts, and two bad rows reported with line and field/column.
# The fund: 42 benefit days × 90.00 = 3,780.00 a year (÷ 12 = 315.00 a month); with the
# example reform (65 % from 2027) costed from 2027: 97.50 × 42 = 4,095.00, 315.00 more.
python3 -c "import json,sys; d=json.load(open(sys.argv[1])); d.pop('description'); d['id']='an'; print(json.dumps(d))" "$EX" > "$TMP/pop.jsonl"
printf '{"id": "empty", "persons": [{"id": "x"}]}\n' >> "$TMP/pop.jsonl"
head -1 "$TMP/pop.jsonl" | sed 's/"2024-/"2027-/g; s/"2023-/"2026-/g' > "$TMP/pop2027.jsonl"
cp "$TMP/pop.jsonl" "$TMP/pop-bad.jsonl"
printf '{"persons": 3}\n{"persons": [\n' >> "$TMP/pop-bad.jsonl"
check "simulate: the sickness benefit's cost" 0 "sickness.employee +1 +3,780.00 +315.00" -- "$SECU" simulate "$TMP/pop.jsonl" --at 2024-03-04
check "simulate: the employer apart" 0 "paid by employers +2,216.40" -- "$SECU" simulate "$TMP/pop.jsonl" --at 2024-03-04 --threads 1
check "simulate: json" 0 '"cost_year": "3780.00"' -- "$SECU" simulate "$TMP/pop.jsonl" --at 2024-03-04 --format json
check "simulate: csv" 0 "^sickness.employee,all,all,1,3780.00,315.00," -- "$SECU" simulate "$TMP/pop.jsonl" --at 2024-03-04 --format csv
check "simulate: a reform side by side" 0 "sickness.employee +1 +3,780.00 .* \\| +1 +4,095.00 +315.00" -- "$SECU" simulate "$TMP/pop2027.jsonl" --at 2027-03-01 --reform "$ROOT/examples/reforms/sickness-rate-65.yaml"
check "simulate: the winner named" 0 "  an \\(line 1\\): 3,780.00 → 4,095.00 \\(315.00\\)" -- "$SECU" simulate "$TMP/pop2027.jsonl" --at 2027-03-01 --reform "$ROOT/examples/reforms/sickness-rate-65.yaml"
# The charts: the deciles (law and reform side by side) and the winners, well-formed SVG; the
# one household (line 1) wins 315.00 a year, in the lowest decile.
check "simulate: the charts written" 0 "chart written: .*/winners.svg" -- "$SECU" simulate "$TMP/pop2027.jsonl" --at 2027-03-01 --reform "$ROOT/examples/reforms/sickness-rate-65.yaml" --charts "$TMP/charts"
check "simulate: the charts are SVG with their figures" 0 "^decile 1: 1 winners, 0 losers of 1;" -- python3 -c "
import sys, xml.dom.minidom as m
d = m.parse(sys.argv[1]); m.parse(sys.argv[2])
print(d.getElementsByTagName('desc')[0].firstChild.data.split(':', 1)[1].strip())" "$TMP/charts/winners.svg" "$TMP/charts/deciles.svg"
check "simulate: --charts in a file's place" 2 "--charts: cannot write" -- "$SECU" simulate "$TMP/pop2027.jsonl" --at 2027-03-01 --charts "$EX"
# CSV: the same worker as one row per person (the file's name ends in .csv); a bad cell by its
# line and column; a header with a column secu does not know stops the run.
H="household,person,birth_date,family_situation,status,worker_class,regular_worker,daily_wage,insurance.fund,insurance.contributions_sufficient,insurance.waiting_period_completed,insurance.still_insured,incapacity.start,incapacity.end,incapacity.certified,incapacity.certificate_received"
printf '%s\r\nan,an,1985-07-30,with_dependants,employee,blue_collar,true,150.00,mut_christian,true,true,true,2024-03-04,2024-05-05,true,2024-03-06\r\n' "$H" > "$TMP/pop.csv"
cp "$TMP/pop.csv" "$TMP/pop-bad.csv"; printf 'bo,bo,1990-01-01,single,employee,white_collar,yes,,,,,,,,,\n' >> "$TMP/pop-bad.csv"
check "simulate: CSV costs the same" 0 "sickness.employee +1 +3,780.00 +315.00" -- "$SECU" simulate "$TMP/pop.csv" --at 2024-03-04
check "simulate: CSV bad cell by line and column" 2 "bad row: line 3, column 7 \(regular_worker\): expected true or false, got 'yes'" -- "$SECU" simulate "$TMP/pop-bad.csv" --at 2024-03-04
printf 'household,person,wage\nh,p,1\n' > "$TMP/pop-header.csv"
check "simulate: CSV header refused" 2 "column 3 'wage': expected household, person" -- "$SECU" simulate "$TMP/pop-header.csv" --at 2024-03-04
# --explain: the household's decisions under the law and, where its cost changes, the reform's (97.50 a day).
check "simulate: --explain the law's side" 0 "an \(line 1\), under the law:" -- "$SECU" simulate "$TMP/pop2027.jsonl" --at 2027-03-01 --reform "$ROOT/examples/reforms/sickness-rate-65.yaml" --explain an
check "simulate: --explain the reform's side" 0 "€97.50 / day" -- "$SECU" simulate "$TMP/pop2027.jsonl" --at 2027-03-01 --reform "$ROOT/examples/reforms/sickness-rate-65.yaml" --explain an
check "simulate: --explain in French" 0 "Indemnités d'incapacité de travail" -- "$SECU" simulate "$TMP/pop2027.jsonl" --at 2027-03-01 --explain an --lang fr
check "simulate: --explain an unknown household" 2 "no readable household 'nobody'" -- "$SECU" simulate "$TMP/pop2027.jsonl" --at 2027-03-01 --explain nobody
check "simulate: a bad row by field" 2 "bad row: line 3, /persons: " -- "$SECU" simulate "$TMP/pop-bad.jsonl" --at 2024-03-04
check "simulate: a bad row by column" 2 "bad row: line 4, column 14: not valid JSON" -- "$SECU" simulate "$TMP/pop-bad.jsonl" --at 2024-03-04
check "simulate: missing file" 2 "cannot read the population file" -- "$SECU" simulate "$TMP/none.jsonl"
# secu population: a synthetic population (sim/generate.h) of the size asked, the same bytes for
# the same size, seed and date, that secu simulate reads without a bad row.
check "population: the size asked" 0 "^250$" -- bash -c "\"$SECU\" population --size 250 --seed 3 --at 2025-06-01 | wc -l"
"$SECU" population --size 300 --seed 9 --at 2025-06-01 -o "$TMP/gen-a.jsonl"
"$SECU" population --size 300 --seed 9 --at 2025-06-01 > "$TMP/gen-b.jsonl"
check "population: same seed, same bytes" 0 "^same$" -- bash -c "cmp -s \"$TMP/gen-a.jsonl\" \"$TMP/gen-b.jsonl\" && echo same"
check "population: another seed, other bytes" 0 "^differ$" -- bash -c "\"$SECU\" population --size 300 --seed 10 --at 2025-06-01 | cmp -s - \"$TMP/gen-a.jsonl\" || echo differ"
check "population: simulate reads it, no bad row" 0 "^300 households" -- "$SECU" simulate "$TMP/gen-a.jsonl" --at 2025-06-01 --threads 2
check "population: bad --size names the option" 2 "--size: Value -5 not in range" -- "$SECU" population --size -5 --seed 1
check "population: --size is required" 2 "--size is required" -- "$SECU" population --seed 1
check "population: bad --seed names the option" 2 "--seed: expected an unsigned integer" -- "$SECU" population --size 1 --seed -1
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
