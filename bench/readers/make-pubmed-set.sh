#!/usr/bin/env bash
# Writes a PubMed XML set of N records to standard output by repeating pubmed-record.xml (a record written for
# this benchmark, not copied from PubMed) with PMIDs 90000001, 90000002, ...: the shape of a baseline file.
# Usage: bench/readers/make-pubmed-set.sh N > set.xml
set -euo pipefail
n=${1:?usage: make-pubmed-set.sh N}
record="$(dirname "$0")/pubmed-record.xml"
printf '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">\n<PubmedArticleSet>\n'
awk -v n="$n" 'NR == 1 { template = $0 } END { for (i = 1; i <= n; i++) { line = template; gsub(/@PMID@/, 90000000 + i, line); print line } }' "$record"
printf '</PubmedArticleSet>\n'
