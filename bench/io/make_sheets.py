#!/usr/bin/env python3
"""Writes legacy-shaped sheets for the import benchmark: N companies and, for each, an
authorization and a national accreditation (2N rights), in the columns `import` reads."""
import sys

def ice(n):
    base = 100000000 + n  # 9-digit company part, head office 0000
    body = base * 10000
    key = (97 - (body * 100) % 97) % 97
    return f"{body * 100 + key:015d}"

def main(out_dir, n):
    cities = ["Casablanca", "Rabat", "Marrakech", "Ouarzazate", "Tanger", "Agadir", "Fès"]
    with open(f"{out_dir}/companies.csv", "w", encoding="utf-8") as f:
        f.write("name,name_ar,legal_form,rc,rc_court,ice,capital,address,city,member_of\n")
        for i in range(1, n + 1):
            city = cities[i % len(cities)]
            f.write(f"Studio {i},استوديو {i},SARL,{300000 + i},{city},{ice(i)},1000000,"
                    f"\"{i} avenue Mohammed V, quartier {i % 50}\",{city},CNPF\n")
    with open(f"{out_dir}/rights.csv", "w", encoding="utf-8") as f:
        f.write("ice,right,number,decision,decision_date,from,until,status,since,reason\n")
        for i in range(1, n + 1):
            f.write(f"{ice(i)},authorization,AUT-B-{i},D-{i},2019-01-02,2019-01-15,,,,\n")
        for i in range(1, n + 1):
            if i % 10 == 0:
                f.write(f"{ice(i)},national,AEN-B-{i},DN-{i},2020-03-02,2020-03-15,2029-03-14,"
                        f"suspended,2024-05-01,Contrôle\n")
            else:
                f.write(f"{ice(i)},national,AEN-B-{i},DN-{i},2020-03-02,2020-03-15,2029-03-14,,,\n")

if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
