<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ApplicationNames</name>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>accordé</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retiré par la société</translation>
    </message>
    <message>
        <source>statutes (purpose including film production)</source>
        <translation>statuts (objet incluant la production cinématographique)</translation>
    </message>
    <message>
        <source>proof of the registered office</source>
        <translation>justificatif du siège social</translation>
    </message>
    <message>
        <source>bank certificate of fully paid capital</source>
        <translation>attestation bancaire de libération du capital</translation>
    </message>
    <message>
        <source>tax-regularity certificate</source>
        <translation>attestation de régularité fiscale</translation>
    </message>
    <message>
        <source>CNSS-regularity certificate</source>
        <translation>attestation de régularité CNSS</translation>
    </message>
    <message>
        <source>manager&apos;s CNIE or residence permit</source>
        <translation>CNIE ou titre de séjour du gérant</translation>
    </message>
    <message>
        <source>proof of capital</source>
        <translation>justificatif du capital</translation>
    </message>
    <message>
        <source>list of the films already produced</source>
        <translation>liste des films déjà produits</translation>
    </message>
    <message>
        <source>renewal of the authorization to carry out production activity</source>
        <translation>renouvellement de l&apos;autorisation d&apos;exercer l&apos;activité de production</translation>
    </message>
    <message>
        <source>renewal of the national production execution accreditation</source>
        <translation>renouvellement de l&apos;agrément d&apos;exécution de production nationale</translation>
    </message>
    <message>
        <source>renewal of the international production execution accreditation</source>
        <translation>renouvellement de l&apos;agrément d&apos;exécution de production internationale</translation>
    </message>
</context>
<context>
    <name>ApplicationService</name>
    <message>
        <source>No company #%1.</source>
        <translation>Aucune société n° %1.</translation>
    </message>
    <message>
        <source>The date the dossier was received is required.</source>
        <translation>La date de réception du dossier est obligatoire.</translation>
    </message>
    <message>
        <source>A dossier cannot be received in the future (%1; today is %2).</source>
        <translation>Un dossier ne peut pas être reçu dans le futur (%1 ; nous sommes le %2).</translation>
    </message>
    <message>
        <source>Receipt %1 is already used by another dossier.</source>
        <translation>Le récépissé %1 est déjà attribué à un autre dossier.</translation>
    </message>
    <message>
        <source>%1 holds no %2 that could be renewed.</source>
        <translation>%1 ne détient pas de droit « %2 » à renouveler.</translation>
    </message>
    <message>
        <source>No dossier #%1.</source>
        <translation>Aucun dossier n° %1.</translation>
    </message>
    <message>
        <source>Dossier %1 is already closed (%2 on %3).</source>
        <translation>Le dossier %1 est déjà clos (%2 le %3).</translation>
    </message>
    <message>
        <source>The attached file needs a name.</source>
        <translation>Le fichier joint doit avoir un nom.</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>Le fichier %1 est vide.</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MB.</source>
        <translation>Le fichier %1 dépasse %2 Mo.</translation>
    </message>
    <message>
        <source>The date the piece bears is required.</source>
        <translation>La date de la pièce est obligatoire.</translation>
    </message>
    <message>
        <source>A piece cannot be dated in the future (%1; today is %2).</source>
        <translation>Une pièce ne peut pas être datée dans le futur (%1 ; nous sommes le %2).</translation>
    </message>
    <message>
        <source>The dossier holds no %1.</source>
        <translation>Le dossier ne contient pas de pièce « %1 ».</translation>
    </message>
    <message>
        <source>Record the %1 (with its date) before attaching its scan.</source>
        <translation>Enregistrez la pièce « %1 » (avec sa date) avant de joindre sa copie numérisée.</translation>
    </message>
    <message>
        <source>The decision reference is required.</source>
        <translation>La référence de la décision est obligatoire.</translation>
    </message>
    <message>
        <source>A refusal must state its reason.</source>
        <translation>Un refus doit être motivé.</translation>
    </message>
    <message>
        <source>The company holds no %1 that could be renewed.</source>
        <translation>La société ne détient pas de droit « %1 » à renouveler.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Audit entry %1 does not follow the entry before it (an entry was removed or inserted).</source>
        <translation>L&apos;entrée %1 du journal ne suit pas l&apos;entrée précédente (une entrée a été supprimée ou insérée).</translation>
    </message>
    <message>
        <source>Audit entry %1 was altered.</source>
        <translation>L&apos;entrée %1 du journal a été modifiée.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>%1 already exists; a backup never overwrites a file.</source>
        <translation>%1 existe déjà ; une sauvegarde n&apos;écrase jamais un fichier.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is not empty; restore only into a new or empty file.</source>
        <translation>%1 n&apos;est pas vide ; restaurez uniquement dans un fichier nouveau ou vide.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation>Impossible de copier %1 vers %2.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <source>KINGDOM OF MOROCCO</source>
        <translation>ROYAUME DU MAROC</translation>
    </message>
    <message>
        <source>Moroccan Cinema Centre</source>
        <translation>Centre cinématographique marocain</translation>
    </message>
    <message>
        <source>CERTIFICATE OF ACCREDITATION</source>
        <translation>ATTESTATION D&apos;AGRÉMENT</translation>
    </message>
    <message>
        <source>National production execution accreditation</source>
        <translation>Agrément d&apos;exécution de production nationale</translation>
    </message>
    <message>
        <source>International production execution accreditation</source>
        <translation>Agrément d&apos;exécution de production internationale</translation>
    </message>
    <message>
        <source>Certificate No.</source>
        <translation>Attestation n°</translation>
    </message>
    <message>
        <source>The Director of the Moroccan Cinema Centre certifies that the company named below holds the accreditation stated above.</source>
        <translation>Le Directeur du Centre cinématographique marocain atteste que la société désignée ci-dessous est titulaire de l&apos;agrément mentionné ci-dessus.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <source>Registered office</source>
        <translation>Siège social</translation>
    </message>
    <message>
        <source>Trade register</source>
        <translation>Registre de commerce</translation>
    </message>
    <message>
        <source>ICE</source>
        <translation>ICE</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gérant</translation>
    </message>
    <message>
        <source>Accreditation No.</source>
        <translation>Agrément n°</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 du %2</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valable à compter du</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>without limit of duration</source>
        <translation>sans limitation de durée</translation>
    </message>
    <message>
        <source>Done at %1, on %2</source>
        <translation>Fait à %1, le %2</translation>
    </message>
    <message>
        <source>The Director of the Moroccan Cinema Centre</source>
        <translation>Le Directeur du Centre cinématographique marocain</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Code de vérification</translation>
    </message>
    <message>
        <source>Scan the QR code or type the code into cinereg to check that this certificate is genuine and still valid.</source>
        <translation>Scannez le code QR ou saisissez le code dans cinereg pour vérifier que cette attestation est authentique et toujours valable.</translation>
    </message>
    <message>
        <source>DUPLICATE</source>
        <translation>DUPLICATA</translation>
    </message>
</context>
<context>
    <name>CertificateOutput</name>
    <message>
        <source>Certificate</source>
        <translation>Attestation</translation>
    </message>
    <message>
        <source>Certificate — print preview</source>
        <translation>Attestation — aperçu avant impression</translation>
    </message>
    <message>
        <source>Writing the certificates…</source>
        <translation>Écriture des attestations…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save the certificates as PDF</source>
        <translation>Enregistrer les attestations en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>CertificateService</name>
    <message>
        <source>valid</source>
        <translation>valable</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>suspendue</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>retirée</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirée</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>forged</source>
        <translation>falsifiée</translation>
    </message>
    <message>
        <source>No accreditation #%1.</source>
        <translation>Aucun agrément n° %1.</translation>
    </message>
    <message>
        <source>the accreditation %1 is %2 on %3</source>
        <translation>l&apos;agrément %1 est %2 le %3</translation>
    </message>
    <message>
        <source>the company&apos;s authorization is %1 on %2</source>
        <translation>l&apos;autorisation de la société est %1 le %2</translation>
    </message>
    <message>
        <source>the company holds no authorization on %1</source>
        <translation>la société ne détient aucune autorisation le %1</translation>
    </message>
    <message>
        <source>A certificate is issued only for an accreditation effective on the issue date: %1.</source>
        <translation>Une attestation n&apos;est délivrée que pour un agrément en vigueur à la date de délivrance : %1.</translation>
    </message>
    <message>
        <source>No accreditation to certify.</source>
        <translation>Aucun agrément à attester.</translation>
    </message>
    <message>
        <source>The certificates were not printed; nothing was recorded.</source>
        <translation>Les attestations n&apos;ont pas été imprimées ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>This is not a readable certificate verification code.</source>
        <translation>Ce n&apos;est pas un code de vérification d&apos;attestation lisible.</translation>
    </message>
    <message>
        <source>The code is signed with key %1, which this register does not know.</source>
        <translation>Le code est signé avec la clé %1, inconnue de ce registre.</translation>
    </message>
    <message>
        <source>The signature does not match the printed fields: the code was altered or forged.</source>
        <translation>La signature ne correspond pas aux champs imprimés : le code a été modifié ou falsifié.</translation>
    </message>
    <message>
        <source>The signature is genuine but certificate %1 is not in this register.</source>
        <translation>La signature est authentique mais l&apos;attestation %1 ne figure pas dans ce registre.</translation>
    </message>
    <message>
        <source>Certificate %1 was issued with other fields than those of this code.</source>
        <translation>L&apos;attestation %1 a été délivrée avec d&apos;autres champs que ceux de ce code.</translation>
    </message>
    <message>
        <source>The accreditation %1 has been revoked.</source>
        <translation>L&apos;agrément %1 a été retiré.</translation>
    </message>
    <message>
        <source>The company&apos;s authorization has been revoked.</source>
        <translation>L&apos;autorisation de la société a été retirée.</translation>
    </message>
    <message>
        <source>The accreditation %1 is suspended.</source>
        <translation>L&apos;agrément %1 est suspendu.</translation>
    </message>
    <message>
        <source>The company&apos;s authorization is suspended.</source>
        <translation>L&apos;autorisation de la société est suspendue.</translation>
    </message>
    <message>
        <source>The certificate&apos;s validity ended on %1.</source>
        <translation>La validité de l&apos;attestation a pris fin le %1.</translation>
    </message>
    <message>
        <source>The accreditation %1 is no longer in force.</source>
        <translation>L&apos;agrément %1 n&apos;est plus en vigueur.</translation>
    </message>
    <message>
        <source>Genuine certificate; the accreditation is in force on %1.</source>
        <translation>Attestation authentique ; l&apos;agrément est en vigueur le %1.</translation>
    </message>
    <message>
        <source>Certificate %1: its recorded content no longer matches its fingerprint.</source>
        <translation>Attestation %1 : son contenu enregistré ne correspond plus à son empreinte.</translation>
    </message>
    <message>
        <source>Certificate %1: its verification code does not verify.</source>
        <translation>Attestation %1 : son code de vérification n&apos;est pas valide.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The register is sound: file integrity, references, audit trail and rules checked.</source>
        <translation>Le registre est sain : intégrité du fichier, références, journal et règles vérifiés.</translation>
    </message>
    <message>
        <source>--entity must be one of %1.</source>
        <translation>--entity doit être l&apos;une des valeurs : %1.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Sauvegarde écrite dans %1.</translation>
    </message>
    <message>
        <source>%1 restored into %2.</source>
        <translation>%1 restauré dans %2.</translation>
    </message>
    <message>
        <source>Integrity of the file, its references, the audit trail and the register&apos;s rules; exit 1 on any finding.</source>
        <translation>Intégrité du fichier, de ses références, du journal et des règles du registre ; code 1 au moindre constat.</translation>
    </message>
    <message>
        <source>Every recorded change: who, when, what.</source>
        <translation>Chaque modification enregistrée : qui, quand, quoi.</translation>
    </message>
    <message>
        <source>Kind of record.</source>
        <translation>Type de fiche.</translation>
    </message>
    <message>
        <source>Id of the record.</source>
        <translation>Identifiant de la fiche.</translation>
    </message>
    <message>
        <source>A consistent copy of the register, safe while others work.</source>
        <translation>Une copie cohérente du registre, sans gêner les autres utilisateurs.</translation>
    </message>
    <message>
        <source>Restore a backup into an empty or new --db.</source>
        <translation>Restaurer une sauvegarde dans un --db vide ou nouveau.</translation>
    </message>
    <message>
        <source>The register file (default: %1).</source>
        <translation>Le fichier du registre (par défaut : %1).</translation>
    </message>
    <message>
        <source>Print one JSON document on stdout.</source>
        <translation>Écrire un document JSON sur la sortie standard.</translation>
    </message>
    <message>
        <source>Language of messages: fr, ar or en.</source>
        <translation>Langue des messages : fr, ar ou en.</translation>
    </message>
    <message>
        <source>The acting user, recorded with every change (default: the OS login).</source>
        <translation>L&apos;utilisateur agissant, enregistré avec chaque modification (par défaut : le compte du système).</translation>
    </message>
    <message>
        <source>Usage: cinereg-cli [--db PATH] [--json] [--lang fr|ar|en] [--user LOGIN] COMMAND ...</source>
        <translation>Usage : cinereg-cli [--db CHEMIN] [--json] [--lang fr|ar|en] [--user COMPTE] COMMANDE ...</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 refused (nothing written), 2 usage error, 3 storage problem (file left untouched).</source>
        <translation>Codes de sortie : 0 effectué, 1 refusé (rien n&apos;est écrit), 2 erreur d&apos;utilisation, 3 problème de stockage (fichier laissé intact).</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Commande inconnue : %1</translation>
    </message>
    <message>
        <source>Run cinereg-cli --help for the list of commands.</source>
        <translation>Lancez cinereg-cli --help pour la liste des commandes.</translation>
    </message>
    <message>
        <source>Missing argument: %1 %2</source>
        <translation>Argument manquant : %1 %2</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu : %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message>
        <source>field</source>
        <translation>champ</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>règle</translation>
    </message>
    <message>
        <source>Missing option --%1 DATE.</source>
        <translation>Option manquante --%1 DATE.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a valid date (YYYY-MM-DD).</source>
        <translation>--%1 : « %2 » n&apos;est pas une date valide (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an id (a positive whole number).</source>
        <translation>%1 : « %2 » n&apos;est pas un identifiant (nombre entier positif).</translation>
    </message>
    <message>
        <source>Missing option --%1.</source>
        <translation>Option manquante --%1.</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <source>RC</source>
        <translation>RC</translation>
    </message>
    <message>
        <source>ICE</source>
        <translation>ICE</translation>
    </message>
    <message>
        <source>IF</source>
        <translation>IF</translation>
    </message>
    <message>
        <source>CNSS</source>
        <translation>CNSS</translation>
    </message>
    <message>
        <source>Capital (MAD)</source>
        <translation>Capital (MAD)</translation>
    </message>
    <message>
        <source>Registered office</source>
        <translation>Siège social</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gérant</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Professional bodies</source>
        <translation>Organisations professionnelles</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validité</translation>
    </message>
    <message>
        <source>without limit</source>
        <translation>sans limitation de durée</translation>
    </message>
    <message>
        <source>Effective today</source>
        <translation>En vigueur aujourd&apos;hui</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Company name (Latin script).</source>
        <translation>Dénomination de la société (caractères latins).</translation>
    </message>
    <message>
        <source>Company name in Arabic script.</source>
        <translation>Dénomination en caractères arabes.</translation>
    </message>
    <message>
        <source>Legal form: SA, SARL, SARL AU, SAS, SNC, SCS, SCA.</source>
        <translation>Forme juridique : SA, SARL, SARL AU, SAS, SNC, SCS, SCA.</translation>
    </message>
    <message>
        <source>Trade register (RC) number.</source>
        <translation>Numéro au registre de commerce (RC).</translation>
    </message>
    <message>
        <source>Court of the trade register.</source>
        <translation>Tribunal du registre de commerce.</translation>
    </message>
    <message>
        <source>ICE: 15 digits (spaces ignored).</source>
        <translation>ICE : 15 chiffres (espaces ignorés).</translation>
    </message>
    <message>
        <source>Accept an ICE whose check key fails (recorded in the history).</source>
        <translation>Accepter un ICE dont la clé de contrôle est fausse (consigné dans l&apos;historique).</translation>
    </message>
    <message>
        <source>Tax identifier (IF): 7 or 8 digits.</source>
        <translation>Identifiant fiscal (IF) : 7 ou 8 chiffres.</translation>
    </message>
    <message>
        <source>CNSS affiliation: 7 digits.</source>
        <translation>Affiliation CNSS : 7 chiffres.</translation>
    </message>
    <message>
        <source>Fully paid capital in whole dirhams.</source>
        <translation>Capital entièrement libéré, en dirhams entiers.</translation>
    </message>
    <message>
        <source>Registered office address.</source>
        <translation>Adresse du siège social.</translation>
    </message>
    <message>
        <source>City of the registered office.</source>
        <translation>Ville du siège social.</translation>
    </message>
    <message>
        <source>Manager&apos;s name.</source>
        <translation>Nom du gérant.</translation>
    </message>
    <message>
        <source>Manager&apos;s CNIE or residence permit number.</source>
        <translation>CNIE ou numéro de titre de séjour du gérant.</translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation>Adresse électronique.</translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation>Numéro de téléphone.</translation>
    </message>
    <message>
        <source>Professional body membership, BODY or BODY:SINCE (repeatable).</source>
        <translation>Adhésion à une organisation professionnelle, ORGANISATION ou ORGANISATION:DEPUIS (répétable).</translation>
    </message>
    <message>
        <source>--capital: &quot;%1&quot; is not a whole number of dirhams, 0 or more.</source>
        <translation>--capital : « %1 » n&apos;est pas un nombre entier de dirhams, supérieur ou égal à 0.</translation>
    </message>
    <message>
        <source>--member-of: &quot;%1&quot; is not a valid date (YYYY-MM-DD).</source>
        <translation>--member-of : « %1 » n&apos;est pas une date valide (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Company #%1 registered.</source>
        <translation>Société n° %1 enregistrée.</translation>
    </message>
    <message>
        <source>No company #%1.</source>
        <translation>Aucune société n° %1.</translation>
    </message>
    <message>
        <source>Company #%1 updated.</source>
        <translation>Société n° %1 mise à jour.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Productions:</source>
        <translation>Productions :</translation>
    </message>
    <message>
        <source>--tier must be national or international.</source>
        <translation>--tier doit valoir national ou international.</translation>
    </message>
    <message>
        <source>--status must be one of active, suspended, revoked, expired, pending.</source>
        <translation>--status doit valoir active, suspended, revoked, expired ou pending.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Dénomination</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <source>National</source>
        <translation>National</translation>
    </message>
    <message>
        <source>International</source>
        <translation>International</translation>
    </message>
    <message numerus="yes">
        <source>%n company(ies).</source>
        <translation>
            <numerusform>%n société.</numerusform>
            <numerusform>%n sociétés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Register a production company.</source>
        <translation>Enregistrer une société de production.</translation>
    </message>
    <message>
        <source>Change a company&apos;s record (every change is kept in the history).</source>
        <translation>Modifier la fiche d&apos;une société (chaque modification est conservée dans l&apos;historique).</translation>
    </message>
    <message>
        <source>A company with its rights, their status today and productions.</source>
        <translation>Une société avec ses droits, leur statut aujourd&apos;hui et ses productions.</translation>
    </message>
    <message>
        <source>List companies; --tier and --status select by the status on --on (default today): of that accreditation tier, else of the authorization.</source>
        <translation>Lister les sociétés ; --tier et --status sélectionnent selon le statut à la date --on (par défaut aujourd&apos;hui) : celui de l&apos;agrément de ce niveau, sinon celui de l&apos;autorisation.</translation>
    </message>
    <message>
        <source>Names (Latin or Arabic; case, accents and Arabic letter forms ignored), ICE or RC.</source>
        <translation>Dénominations (latines ou arabes ; casse, accents et formes des lettres arabes ignorés), ICE ou RC.</translation>
    </message>
    <message>
        <source>City.</source>
        <translation>Ville.</translation>
    </message>
    <message>
        <source>Professional body membership.</source>
        <translation>Adhésion à une organisation professionnelle.</translation>
    </message>
    <message>
        <source>national or international.</source>
        <translation>national ou international.</translation>
    </message>
    <message>
        <source>Date of the status (default today).</source>
        <translation>Date du statut (par défaut aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>active, suspended, revoked, expired or pending.</source>
        <translation>active, suspended, revoked, expired ou pending.</translation>
    </message>
    <message>
        <source>Missing option --kind.</source>
        <translation>Option manquante --kind.</translation>
    </message>
    <message>
        <source>--kind must be national or foreign.</source>
        <translation>--kind doit valoir national ou foreign.</translation>
    </message>
    <message>
        <source>Production #%1 recorded.</source>
        <translation>Production n° %1 enregistrée.</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Société exécutante</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2).</source>
        <translation>--to (%1) est antérieur à --from (%2).</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>Agrément</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Habilitée</translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation>non : %1</translation>
    </message>
    <message>
        <source>Record a production; its executing company must hold an effective accreditation of the matching tier on every shooting day.</source>
        <translation>Enregistrer une production ; la société exécutante doit détenir un agrément en vigueur du niveau correspondant chaque jour du tournage.</translation>
    </message>
    <message>
        <source>Title of the production.</source>
        <translation>Titre de la production.</translation>
    </message>
    <message>
        <source>national or foreign.</source>
        <translation>national ou foreign (étrangère).</translation>
    </message>
    <message>
        <source>Id of the executing company.</source>
        <translation>N° de la société exécutante.</translation>
    </message>
    <message>
        <source>First shooting day.</source>
        <translation>Premier jour de tournage.</translation>
    </message>
    <message>
        <source>Last shooting day.</source>
        <translation>Dernier jour de tournage.</translation>
    </message>
    <message>
        <source>Foreign producer (foreign productions).</source>
        <translation>Producteur étranger (productions étrangères).</translation>
    </message>
    <message>
        <source>Foreign producer&apos;s country, ISO code (e.g. FR).</source>
        <translation>Pays du producteur étranger, code ISO (ex. FR).</translation>
    </message>
    <message>
        <source>Reference of the mandate naming the executing company.</source>
        <translation>Référence du mandat désignant la société exécutante.</translation>
    </message>
    <message>
        <source>Shooting permit reference.</source>
        <translation>Référence de l&apos;autorisation de tournage.</translation>
    </message>
    <message>
        <source>List productions, most recent first.</source>
        <translation>Lister les productions, les plus récentes d&apos;abord.</translation>
    </message>
    <message>
        <source>The companies that may execute such a production over the whole period.</source>
        <translation>Les sociétés habilitées à exécuter une telle production sur toute la période.</translation>
    </message>
    <message>
        <source>Also list the accredited companies that may not, and why.</source>
        <translation>Lister aussi les sociétés agréées qui ne le sont pas, et pourquoi.</translation>
    </message>
    <message>
        <source>%1 %2 granted (id %3).</source>
        <translation>%1 %2 accordé(e) (n° %3).</translation>
    </message>
    <message>
        <source>No accreditation #%1.</source>
        <translation>Aucun agrément n° %1.</translation>
    </message>
    <message>
        <source>No authorization #%1.</source>
        <translation>Aucune autorisation n° %1.</translation>
    </message>
    <message>
        <source>%1 of %2 recorded; status today: %3.</source>
        <translation>Décision enregistrée (%1, %2) ; statut aujourd&apos;hui : %3.</translation>
    </message>
    <message>
        <source>Reference of the decision.</source>
        <translation>Référence de la décision.</translation>
    </message>
    <message>
        <source>The day it takes effect (default today).</source>
        <translation>Date de prise d&apos;effet (par défaut aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>Why (required).</source>
        <translation>Motif (obligatoire).</translation>
    </message>
    <message>
        <source>Start of validity.</source>
        <translation>Début de validité.</translation>
    </message>
    <message>
        <source>End of validity (default: the settings&apos; term, else none).</source>
        <translation>Fin de validité (par défaut : la durée des paramètres, sinon aucune).</translation>
    </message>
    <message>
        <source>Date the decision was signed (default today).</source>
        <translation>Date de signature de la décision (par défaut aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>Official number (default: next in the settings&apos; format).</source>
        <translation>Numéro officiel (par défaut : le suivant selon le format des paramètres).</translation>
    </message>
    <message>
        <source>Grant an accreditation (requires an active authorization).</source>
        <translation>Accorder un agrément (nécessite une autorisation active).</translation>
    </message>
    <message>
        <source>Grant the authorization to carry out production activity.</source>
        <translation>Accorder l&apos;autorisation d&apos;exercer l&apos;activité de production.</translation>
    </message>
    <message>
        <source>Move the end of validity.</source>
        <translation>Reporter la fin de validité.</translation>
    </message>
    <message>
        <source>New end of validity.</source>
        <translation>Nouvelle fin de validité.</translation>
    </message>
    <message>
        <source>Suspend the right (a reason is required).</source>
        <translation>Suspendre le droit (motif obligatoire).</translation>
    </message>
    <message>
        <source>End a suspension.</source>
        <translation>Mettre fin à une suspension.</translation>
    </message>
    <message>
        <source>Withdraw the right for good (a reason is required).</source>
        <translation>Retirer définitivement le droit (motif obligatoire).</translation>
    </message>
    <message>
        <source>The right with its status today and its history.</source>
        <translation>Le droit avec son statut aujourd&apos;hui et son historique.</translation>
    </message>
    <message>
        <source>No dossier #%1.</source>
        <translation>Aucun dossier n° %1.</translation>
    </message>
    <message>
        <source>--for must be authorization, national or international.</source>
        <translation>--for doit valoir authorization, national ou international.</translation>
    </message>
    <message>
        <source>Dossier #%1 filed, receipt %2; decision due by %3.</source>
        <translation>Dossier n° %1 enregistré, récépissé %2 ; décision attendue au plus tard le %3.</translation>
    </message>
    <message>
        <source>--kind must be one of %1.</source>
        <translation>--kind doit valoir l&apos;une des valeurs %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 dated %2 recorded in dossier %3. Still missing: %4.</source>
        <translation>%1 datée du %2 enregistrée au dossier %3. Pièces encore manquantes : %4.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Récépissé</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquantes</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>No dossier.</source>
        <translation>Aucun dossier.</translation>
    </message>
    <message>
        <source>Dossier #%1, receipt %2: %3 for %4.</source>
        <translation>Dossier n° %1, récépissé %2 : %3 pour %4.</translation>
    </message>
    <message>
        <source>Received %1, decision due by %2; %3.</source>
        <translation>Reçu le %1, décision attendue au plus tard le %2 ; %3.</translation>
    </message>
    <message>
        <source>Piece</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Copie numérisée</translation>
    </message>
    <message>
        <source>Give exactly one of --grant or --refuse.</source>
        <translation>Indiquez soit --grant, soit --refuse.</translation>
    </message>
    <message>
        <source>piece</source>
        <translation>pièce</translation>
    </message>
    <message>
        <source>Dossier #%1 granted: %2 (right id %3).</source>
        <translation>Dossier n° %1 accordé : %2 (droit n° %3).</translation>
    </message>
    <message>
        <source>Dossier #%1 refused.</source>
        <translation>Dossier n° %1 refusé.</translation>
    </message>
    <message>
        <source>Dossier #%1 withdrawn.</source>
        <translation>Dossier n° %1 retiré.</translation>
    </message>
    <message>
        <source>Receipt %1 written to %2.</source>
        <translation>Récépissé %1 écrit dans %2.</translation>
    </message>
    <message>
        <source>Dossier #%1 has no scan of the %2.</source>
        <translation>Le dossier n° %1 n&apos;a pas de copie numérisée de la pièce « %2 ».</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 (%2 bytes) written to %3.</source>
        <translation>%1 (%2 octets) écrit dans %3.</translation>
    </message>
    <message>
        <source>Kind of piece: %1.</source>
        <translation>Nature de la pièce : %1.</translation>
    </message>
    <message>
        <source>Record a dossier received; prints its id and decision deadline.</source>
        <translation>Enregistrer un dossier reçu ; affiche son numéro et la date limite de la décision.</translation>
    </message>
    <message>
        <source>What it asks for: authorization, national or international.</source>
        <translation>Objet de la demande : authorization, national ou international.</translation>
    </message>
    <message>
        <source>A renewal of the company&apos;s right of that kind.</source>
        <translation>Renouvellement du droit de cette nature détenu par la société.</translation>
    </message>
    <message>
        <source>The day the dossier was received.</source>
        <translation>Date de réception du dossier.</translation>
    </message>
    <message>
        <source>Receipt reference (default: the next REC-YEAR-NNNN).</source>
        <translation>Référence du récépissé (par défaut : le prochain REC-ANNÉE-NNNN).</translation>
    </message>
    <message>
        <source>Record a piece of the dossier with its date, and its scan.</source>
        <translation>Enregistrer une pièce du dossier avec sa date, et sa copie numérisée.</translation>
    </message>
    <message>
        <source>The date the piece bears.</source>
        <translation>La date que porte la pièce.</translation>
    </message>
    <message>
        <source>A scan of the piece, kept in the register.</source>
        <translation>Une copie numérisée de la pièce, conservée dans le registre.</translation>
    </message>
    <message>
        <source>Dossiers, open ones first (soonest deadline first).</source>
        <translation>Les dossiers, ouverts d&apos;abord (échéance la plus proche en premier).</translation>
    </message>
    <message>
        <source>Only open dossiers.</source>
        <translation>Seulement les dossiers ouverts.</translation>
    </message>
    <message>
        <source>Only open dossiers past their deadline.</source>
        <translation>Seulement les dossiers ouverts dont le délai est dépassé.</translation>
    </message>
    <message>
        <source>Only this company&apos;s dossiers.</source>
        <translation>Seulement les dossiers de cette société.</translation>
    </message>
    <message>
        <source>The dossier with its checklist of pieces.</source>
        <translation>Le dossier avec la liste de ses pièces.</translation>
    </message>
    <message>
        <source>Grant the right asked for (same rules as a direct grant; the dossier must be complete and its certificates less than one year old), or refuse it with its reason.</source>
        <translation>Accorder le droit demandé (mêmes règles qu&apos;un octroi direct ; le dossier doit être complet et ses attestations dater de moins d&apos;un an), ou le refuser en le motivant.</translation>
    </message>
    <message>
        <source>Grant the right.</source>
        <translation>Accorder le droit.</translation>
    </message>
    <message>
        <source>Refuse the application.</source>
        <translation>Refuser la demande.</translation>
    </message>
    <message>
        <source>Start of validity (renewal: the day it takes effect).</source>
        <translation>Début de validité (renouvellement : date d&apos;effet).</translation>
    </message>
    <message>
        <source>End of validity (a renewal requires it).</source>
        <translation>Fin de validité (obligatoire pour un renouvellement).</translation>
    </message>
    <message>
        <source>Why it is refused (required).</source>
        <translation>Motif du refus (obligatoire).</translation>
    </message>
    <message>
        <source>Date the decision was signed (default today); the pieces are judged on it.</source>
        <translation>Date de signature de la décision (par défaut aujourd&apos;hui) ; les pièces sont appréciées à cette date.</translation>
    </message>
    <message>
        <source>Close a dossier its company withdrew.</source>
        <translation>Clore un dossier retiré par la société.</translation>
    </message>
    <message>
        <source>Why (optional).</source>
        <translation>Motif (facultatif).</translation>
    </message>
    <message>
        <source>Print the dossier&apos;s receipt (French and Arabic, one A4 page).</source>
        <translation>Imprimer le récépissé du dossier (français et arabe, une page A4).</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Le fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>Save the scan of a piece to a file.</source>
        <translation>Enregistrer la copie numérisée d&apos;une pièce dans un fichier.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <source>Missing option --tier.</source>
        <translation>Option --tier manquante.</translation>
    </message>
    <message>
        <source>Certificate %1 reprinted as DUPLICATA into %2.</source>
        <translation>Attestation %1 réimprimée en DUPLICATA dans %2.</translation>
    </message>
    <message>
        <source>Certificate %1 issued into %2.
Verification code: %3</source>
        <translation>Attestation %1 délivrée dans %2.
Code de vérification : %3</translation>
    </message>
    <message>
        <source>%1 certificate(s) written into %2 (%3 reprinted as DUPLICATA).</source>
        <translation>%1 attestation(s) écrite(s) dans %2 (%3 réimprimée(s) en DUPLICATA).</translation>
    </message>
    <message>
        <source>Number %1, ICE %2, %3, valid from %4 until %5, issued on %6.</source>
        <translation>Numéro %1, ICE %2, %3, valable du %4 au %5, délivrée le %6.</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limitation</translation>
    </message>
    <message>
        <source>Holder: %1.</source>
        <translation>Titulaire : %1.</translation>
    </message>
    <message>
        <source>%1 is not a readable PDF file.</source>
        <translation>%1 n&apos;est pas un fichier PDF lisible.</translation>
    </message>
    <message>
        <source>No verification code was found in %1.</source>
        <translation>Aucun code de vérification trouvé dans %1.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 ne peut pas être écrit.</translation>
    </message>
    <message>
        <source>%1 companies listed in %2.</source>
        <translation>%1 sociétés listées dans %2.</translation>
    </message>
    <message>
        <source>Issue the certificate of an accreditation effective today (a reprint is marked DUPLICATA and keeps its number).</source>
        <translation>Délivrer l&apos;attestation d&apos;un agrément en vigueur aujourd&apos;hui (une réimpression porte la mention DUPLICATA et garde son numéro).</translation>
    </message>
    <message>
        <source>Issue into one PDF the certificates of every accreditation effective on a day.</source>
        <translation>Délivrer dans un seul PDF les attestations de tous les agréments en vigueur à une date.</translation>
    </message>
    <message>
        <source>national or international (default: both).</source>
        <translation>national ou international (par défaut : les deux).</translation>
    </message>
    <message>
        <source>The day the accreditations must be effective (default: today).</source>
        <translation>Date à laquelle les agréments doivent être en vigueur (par défaut : aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>Status of a certificate from its verification code or its PDF: valid, suspended, revoked, expired, unknown or forged.</source>
        <translation>État d&apos;une attestation d&apos;après son code de vérification ou son PDF : valable, suspendue, retirée, expirée, inconnue ou falsifiée.</translation>
    </message>
    <message>
        <source>The published list of accredited companies (French and Arabic).</source>
        <translation>La liste publiée des sociétés agréées (français et arabe).</translation>
    </message>
    <message>
        <source>The day of the list.</source>
        <translation>La date de la liste.</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Attestation</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Délivrée le</translation>
    </message>
    <message>
        <source>Prints</source>
        <translation>Impressions</translation>
    </message>
    <message>
        <source>Certificates:</source>
        <translation>Attestations :</translation>
    </message>
</context>
<context>
    <name>CompanyService</name>
    <message>
        <source>ICE %1 is already registered (company #%2).</source>
        <translation>L&apos;ICE %1 est déjà enregistré (société n° %2).</translation>
    </message>
    <message>
        <source>RC %1 at the court of %2 is already registered (company #%3).</source>
        <translation>Le RC %1 du tribunal de %2 est déjà enregistré (société n° %3).</translation>
    </message>
    <message>
        <source>No company #%1.</source>
        <translation>Aucune société n° %1.</translation>
    </message>
</context>
<context>
    <name>CompanyValidator</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 : champ obligatoire.</translation>
    </message>
    <message>
        <source>The company name</source>
        <translation>La dénomination</translation>
    </message>
    <message>
        <source>The legal form</source>
        <translation>La forme juridique</translation>
    </message>
    <message>
        <source>Legal form &quot;%1&quot; is not one of %2.</source>
        <translation>La forme juridique « %1 » n&apos;est pas l&apos;une de : %2.</translation>
    </message>
    <message>
        <source>The RC number</source>
        <translation>Le numéro RC</translation>
    </message>
    <message>
        <source>RC number &quot;%1&quot; must be digits (e.g. 252633).</source>
        <translation>Le numéro RC « %1 » doit être composé de chiffres (ex. 252633).</translation>
    </message>
    <message>
        <source>The RC court</source>
        <translation>Le tribunal du RC</translation>
    </message>
    <message>
        <source>The ICE</source>
        <translation>L&apos;ICE</translation>
    </message>
    <message>
        <source>ICE &quot;%1&quot; must have exactly 15 digits.</source>
        <translation>L&apos;ICE « %1 » doit comporter exactement 15 chiffres.</translation>
    </message>
    <message>
        <source>ICE %1 fails its check key (the number is not a multiple of 97); verify it, or confirm it explicitly.</source>
        <translation>L&apos;ICE %1 a une clé de contrôle erronée (le nombre n&apos;est pas un multiple de 97) ; vérifiez-le ou confirmez-le explicitement.</translation>
    </message>
    <message>
        <source>IF &quot;%1&quot; must have 7 or 8 digits.</source>
        <translation>L&apos;IF « %1 » doit comporter 7 ou 8 chiffres.</translation>
    </message>
    <message>
        <source>CNSS affiliation &quot;%1&quot; must have 7 digits.</source>
        <translation>L&apos;affiliation CNSS « %1 » doit comporter 7 chiffres.</translation>
    </message>
    <message>
        <source>The capital must be a whole number of dirhams, 0 or more.</source>
        <translation>Le capital doit être un nombre entier de dirhams, supérieur ou égal à 0.</translation>
    </message>
    <message>
        <source>The registered office address</source>
        <translation>L&apos;adresse du siège social</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>La ville</translation>
    </message>
    <message>
        <source>Manager&apos;s CNIE &quot;%1&quot; must be 1 or 2 letters followed by digits (e.g. BE123456).</source>
        <translation>La CNIE du gérant « %1 » doit comporter 1 ou 2 lettres suivies de chiffres (ex. BE123456).</translation>
    </message>
    <message>
        <source>E-mail address &quot;%1&quot; is not valid.</source>
        <translation>L&apos;adresse électronique « %1 » n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Phone number &quot;%1&quot; is not valid.</source>
        <translation>Le numéro de téléphone « %1 » n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Professional body &quot;%1&quot; is not one of %2.</source>
        <translation>L&apos;organisation professionnelle « %1 » n&apos;est pas l&apos;une de : %2.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a cinereg register (not an SQLite database).</source>
        <translation>%1 n&apos;est pas un registre cinereg (ce n&apos;est pas une base SQLite).</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a cinereg register.</source>
        <translation>%1 est une base SQLite mais pas un registre cinereg.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of cinereg (format %2; this program reads up to %3). Update the program.</source>
        <translation>%1 a été écrit par une version plus récente de cinereg (format %2 ; ce programme lit jusqu&apos;au format %3). Mettez le programme à jour.</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Erreur de la base de données : %1</translation>
    </message>
    <message>
        <source>The register is locked by another user; try again.</source>
        <translation>Le registre est verrouillé par un autre utilisateur ; réessayez.</translation>
    </message>
</context>
<context>
    <name>DossierRules</name>
    <message numerus="yes">
        <source>The dossier is incomplete: %n piece(s) missing: %1.</source>
        <translation>
            <numerusform>Le dossier est incomplet : %n pièce manquante : %1.</numerusform>
            <numerusform>Le dossier est incomplet : %n pièces manquantes : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 is dated %2, after the decision date %3.</source>
        <translation>La pièce « %1 » est datée du %2, après la date de la décision (%3).</translation>
    </message>
    <message>
        <source>The %1 is dated %2: more than one year before the decision date %3 (it must be dated %4 or later).</source>
        <translation>La pièce « %1 » est datée du %2 : plus d&apos;un an avant la date de la décision (%3) ; elle doit être datée du %4 ou après.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquante</translation>
    </message>
    <message>
        <source>received</source>
        <translation>reçue</translation>
    </message>
    <message>
        <source>received, less than one year old</source>
        <translation>reçue, datée de moins d&apos;un an</translation>
    </message>
    <message>
        <source>more than one year old</source>
        <translation>datée de plus d&apos;un an</translation>
    </message>
    <message>
        <source>dated after the day considered</source>
        <translation>datée après la date considérée</translation>
    </message>
</context>
<context>
    <name>GrantRules</name>
    <message>
        <source>The decision reference is required.</source>
        <translation>La référence de la décision est obligatoire.</translation>
    </message>
    <message>
        <source>The start of validity (from) is required.</source>
        <translation>Le début de validité (du) est obligatoire.</translation>
    </message>
    <message>
        <source>The end of validity (%1) is before its start (%2).</source>
        <translation>La fin de validité (%1) est antérieure à son début (%2).</translation>
    </message>
    <message>
        <source>Rule 1: the legal form %1 may not hold an authorization (allowed: %2).</source>
        <translation>Règle 1 : la forme juridique %1 ne peut pas détenir d&apos;autorisation (autorisées : %2).</translation>
    </message>
    <message>
        <source>Rule 1: the company already holds authorization %1 over the same period.</source>
        <translation>Règle 1 : la société détient déjà l&apos;autorisation %1 sur la même période.</translation>
    </message>
    <message>
        <source>Rule 2: no active authorization on %1.</source>
        <translation>Règle 2 : aucune autorisation active le %1.</translation>
    </message>
    <message>
        <source>Rule 3: accreditation %1 of the same tier already covers part of this period.</source>
        <translation>Règle 3 : l&apos;agrément %1 du même niveau couvre déjà une partie de cette période.</translation>
    </message>
    <message>
        <source>Rule 4: a %1 needs a fully paid capital of at least %2 MAD for an accreditation; the register shows %3 MAD.</source>
        <translation>Règle 4 : une %1 doit avoir un capital entièrement libéré d&apos;au moins %2 MAD pour un agrément ; le registre indique %3 MAD.</translation>
    </message>
    <message>
        <source>The date the decision takes effect is required.</source>
        <translation>La date de prise d&apos;effet de la décision est obligatoire.</translation>
    </message>
    <message>
        <source>Rule 5: %1 was revoked on %2; revocation is final and a new grant is needed.</source>
        <translation>Règle 5 : %1 a été retiré le %2 ; le retrait est définitif et un nouvel octroi est nécessaire.</translation>
    </message>
    <message>
        <source>The decision cannot take effect on %1, before the last decision on %2 or the start of validity; record it from %2 or later.</source>
        <translation>La décision ne peut pas prendre effet le %1, avant la dernière décision du %2 ou le début de validité ; enregistrez-la à partir du %2.</translation>
    </message>
    <message>
        <source>A right is granted only once; record a renewal instead.</source>
        <translation>Un droit n&apos;est accordé qu&apos;une fois ; enregistrez plutôt un renouvellement.</translation>
    </message>
    <message>
        <source>A suspension must state its reason.</source>
        <translation>Une suspension doit indiquer son motif.</translation>
    </message>
    <message>
        <source>%1 cannot be suspended on %2: it is %3 that day.</source>
        <translation>%1 ne peut pas être suspendu le %2 : son statut ce jour-là est « %3 ».</translation>
    </message>
    <message>
        <source>%1 cannot be reinstated on %2: it is %3 that day, not suspended.</source>
        <translation>%1 ne peut pas être rétabli le %2 : son statut ce jour-là est « %3 », et non suspendu.</translation>
    </message>
    <message>
        <source>A revocation must state its reason.</source>
        <translation>Un retrait doit indiquer son motif.</translation>
    </message>
    <message>
        <source>A renewal needs the new end of validity (until).</source>
        <translation>Un renouvellement nécessite la nouvelle fin de validité (au).</translation>
    </message>
    <message>
        <source>%1 is valid without limit of duration; there is nothing to renew.</source>
        <translation>%1 est valable sans limitation de durée ; il n&apos;y a rien à renouveler.</translation>
    </message>
    <message>
        <source>The new end of validity (%1) must be after the current one (%2).</source>
        <translation>La nouvelle fin de validité (%1) doit être postérieure à l&apos;actuelle (%2).</translation>
    </message>
    <message>
        <source>Renewing until %1 would overlap %2.</source>
        <translation>Un renouvellement jusqu&apos;au %1 chevaucherait %2.</translation>
    </message>
</context>
<context>
    <name>IntegrityService</name>
    <message>
        <source>%1 and %2 overlap in time (rules 1 and 3).</source>
        <translation>%1 et %2 se chevauchent dans le temps (règles 1 et 3).</translation>
    </message>
    <message>
        <source>File integrity: %1</source>
        <translation>Intégrité du fichier : %1</translation>
    </message>
    <message>
        <source>Table %1, row %2 refers to a missing %3 record.</source>
        <translation>Table %1, ligne %2 : référence à une fiche %3 inexistante.</translation>
    </message>
    <message>
        <source>%1 has no grant decision first.</source>
        <translation>%1 ne commence pas par une décision d&apos;octroi.</translation>
    </message>
    <message>
        <source>%1 has a decision after its revocation (rule 5).</source>
        <translation>%1 a une décision postérieure à son retrait (règle 5).</translation>
    </message>
    <message>
        <source>%1 starts on %2 without an active authorization (rule 2).</source>
        <translation>%1 commence le %2 sans autorisation active (règle 2).</translation>
    </message>
    <message>
        <source>Attached file %1 no longer matches its recorded size and SHA-256.</source>
        <translation>Le fichier joint %1 ne correspond plus à sa taille et à son empreinte SHA-256 enregistrées.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>cinereg cannot open the register</source>
        <translation>cinereg ne peut pas ouvrir le registre</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>authorization to carry out production activity</source>
        <translation>autorisation d&apos;exercer l&apos;activité de production</translation>
    </message>
    <message>
        <source>national production execution accreditation</source>
        <translation>agrément d&apos;exécution de production nationale</translation>
    </message>
    <message>
        <source>international production execution accreditation</source>
        <translation>agrément d&apos;exécution de production internationale</translation>
    </message>
    <message>
        <source>grant</source>
        <translation>octroi</translation>
    </message>
    <message>
        <source>renewal</source>
        <translation>renouvellement</translation>
    </message>
    <message>
        <source>suspension</source>
        <translation>suspension</translation>
    </message>
    <message>
        <source>reinstatement</source>
        <translation>rétablissement</translation>
    </message>
    <message>
        <source>revocation</source>
        <translation>retrait</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>suspendu</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>national production</source>
        <translation>production nationale</translation>
    </message>
    <message>
        <source>foreign production</source>
        <translation>production étrangère</translation>
    </message>
</context>
<context>
    <name>ProductionService</name>
    <message>
        <source>The title is required.</source>
        <translation>Le titre est obligatoire.</translation>
    </message>
    <message>
        <source>The first shooting day (from) is required.</source>
        <translation>Le premier jour de tournage (du) est obligatoire.</translation>
    </message>
    <message>
        <source>The last shooting day (to) is required.</source>
        <translation>Le dernier jour de tournage (au) est obligatoire.</translation>
    </message>
    <message>
        <source>The last shooting day (%1) is before the first (%2).</source>
        <translation>Le dernier jour de tournage (%1) est antérieur au premier (%2).</translation>
    </message>
    <message>
        <source>A foreign production needs its foreign producer.</source>
        <translation>Une production étrangère doit indiquer son producteur étranger.</translation>
    </message>
    <message>
        <source>A foreign production needs the producer&apos;s country.</source>
        <translation>Une production étrangère doit indiquer le pays du producteur.</translation>
    </message>
    <message>
        <source>A national production has no foreign producer or country.</source>
        <translation>Une production nationale n&apos;a ni producteur étranger ni pays.</translation>
    </message>
    <message>
        <source>Country &quot;%1&quot; is not an ISO 3166 two-letter code (e.g. FR, US).</source>
        <translation>Le pays « %1 » n&apos;est pas un code ISO 3166 à deux lettres (ex. FR, US).</translation>
    </message>
    <message>
        <source>No company #%1.</source>
        <translation>Aucune société n° %1.</translation>
    </message>
    <message>
        <source>The executing company holds no effective %1 on %2; a %3 may be executed only by a company holding one on every shooting day.</source>
        <translation>La société exécutante ne détient aucun %1 en vigueur le %2 ; une %3 ne peut être exécutée que par une société en détenant un chaque jour du tournage.</translation>
    </message>
    <message>
        <source>no effective %1 on %2</source>
        <translation>aucun %1 en vigueur le %2</translation>
    </message>
    <message>
        <source>authorization %1 on %2</source>
        <translation>autorisation « %1 » le %2</translation>
    </message>
    <message>
        <source>accreditation %1 is %2 on %3</source>
        <translation>l&apos;agrément %1 est « %2 » le %3</translation>
    </message>
</context>
<context>
    <name>PublishedList</name>
    <message>
        <source>Companies holding the %1 on %2</source>
        <translation>Sociétés titulaires de l&apos;%1 au %2</translation>
    </message>
    <message>
        <source>national production execution accreditation</source>
        <translation>agrément d&apos;exécution de production nationale</translation>
    </message>
    <message>
        <source>international production execution accreditation</source>
        <translation>agrément d&apos;exécution de production internationale</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>Agrément</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>ICE</source>
        <translation>ICE</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>sans limitation</translation>
    </message>
    <message>
        <source>Companies listed: %1</source>
        <translation>Sociétés listées : %1</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Kingdom of Morocco</source>
        <translation>Royaume du Maroc</translation>
    </message>
    <message>
        <source>Moroccan Cinema Centre</source>
        <translation>Centre cinématographique marocain</translation>
    </message>
    <message>
        <source>Receipt of an application dossier</source>
        <translation>Récépissé de dépôt de dossier</translation>
    </message>
    <message>
        <source>Receipt No.</source>
        <translation>Récépissé n°</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Legal form, trade register</source>
        <translation>Forme juridique, RC</translation>
    </message>
    <message>
        <source>ICE</source>
        <translation>ICE</translation>
    </message>
    <message>
        <source>Subject of the application</source>
        <translation>Objet de la demande</translation>
    </message>
    <message>
        <source>Dossier received on</source>
        <translation>Dossier reçu le</translation>
    </message>
    <message>
        <source>Pieces received</source>
        <translation>Pièces reçues</translation>
    </message>
    <message>
        <source>Pieces missing</source>
        <translation>Pièces manquantes</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>dated</source>
        <translation>en date du</translation>
    </message>
    <message>
        <source>Decision due by</source>
        <translation>Date limite de la décision</translation>
    </message>
    <message>
        <source>(%1 days from receipt)</source>
        <translation>(%1 jours à compter de la réception)</translation>
    </message>
    <message>
        <source>This receipt attests that the dossier was filed; it is neither an authorization nor an accreditation.</source>
        <translation>Le présent récépissé atteste le dépôt du dossier ; il ne vaut ni autorisation ni agrément.</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Délivré le</translation>
    </message>
    <message>
        <source>Stamp and signature</source>
        <translation>Cachet et signature</translation>
    </message>
    <message>
        <source>Renewal of the authorization to carry out production activity</source>
        <translation>Renouvellement de l&apos;autorisation d&apos;exercer l&apos;activité de production</translation>
    </message>
    <message>
        <source>Authorization to carry out production activity</source>
        <translation>Autorisation d&apos;exercer l&apos;activité de production</translation>
    </message>
    <message>
        <source>Renewal of the national production execution accreditation</source>
        <translation>Renouvellement de l&apos;agrément d&apos;exécution de production nationale</translation>
    </message>
    <message>
        <source>National production execution accreditation</source>
        <translation>Agrément d&apos;exécution de production nationale</translation>
    </message>
    <message>
        <source>Renewal of the international production execution accreditation</source>
        <translation>Renouvellement de l&apos;agrément d&apos;exécution de production internationale</translation>
    </message>
    <message>
        <source>International production execution accreditation</source>
        <translation>Agrément d&apos;exécution de production internationale</translation>
    </message>
    <message>
        <source>Statutes (purpose including film production)</source>
        <translation>Statuts (objet incluant la production cinématographique)</translation>
    </message>
    <message>
        <source>Proof of the registered office</source>
        <translation>Justificatif du siège social</translation>
    </message>
    <message>
        <source>Bank certificate of paid-up capital</source>
        <translation>Attestation bancaire de libération du capital</translation>
    </message>
    <message>
        <source>Tax-regularity certificate</source>
        <translation>Attestation de régularité fiscale</translation>
    </message>
    <message>
        <source>CNSS-regularity certificate</source>
        <translation>Attestation de régularité CNSS</translation>
    </message>
    <message>
        <source>Manager&apos;s CNIE or residence permit</source>
        <translation>CNIE ou titre de séjour du gérant</translation>
    </message>
    <message>
        <source>Proof of capital</source>
        <translation>Justificatif du capital</translation>
    </message>
    <message>
        <source>List of films already produced</source>
        <translation>Liste des films déjà produits</translation>
    </message>
</context>
<context>
    <name>ReceiptDocument</name>
    <message>
        <source>No dossier #%1.</source>
        <translation>Aucun dossier n° %1.</translation>
    </message>
    <message>
        <source>No company #%1.</source>
        <translation>Aucune société n° %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>RightService</name>
    <message>
        <source>No company #%1.</source>
        <translation>Aucune société n° %1.</translation>
    </message>
    <message>
        <source>Number %1 is already used by another right.</source>
        <translation>Le numéro %1 est déjà attribué à un autre droit.</translation>
    </message>
    <message>
        <source>No right #%1.</source>
        <translation>Aucun droit n° %1.</translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <source>The cryptographic library could not be initialised.</source>
        <translation>La bibliothèque cryptographique n&apos;a pas pu être initialisée.</translation>
    </message>
    <message>
        <source>The signing key file %1 could not be created: %2.</source>
        <translation>Le fichier de clé de signature %1 n&apos;a pas pu être créé : %2.</translation>
    </message>
    <message>
        <source>The signing key file %1 cannot be read: %2.</source>
        <translation>Le fichier de clé de signature %1 est illisible : %2.</translation>
    </message>
    <message>
        <source>The file %1 is not a cinereg signing key.</source>
        <translation>Le fichier %1 n&apos;est pas une clé de signature cinereg.</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>without limit</source>
        <translation>sans limitation de durée</translation>
    </message>
</context>
<context>
    <name>cinereg::ui::ApplicationDecisionDialog</name>
    <message>
        <source>Grant</source>
        <translation>Accorder</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Without limit of duration</source>
        <translation>Sans limitation de durée</translation>
    </message>
    <message>
        <source>Decide on the dossier</source>
        <translation>Statuer sur le dossier</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Decision reference</source>
        <translation>Référence de la décision</translation>
    </message>
    <message>
        <source>Decision signed on</source>
        <translation>Décision signée le</translation>
    </message>
    <message>
        <source>Renewal takes effect on</source>
        <translation>Le renouvellement prend effet le</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valable à partir du</translation>
    </message>
    <message>
        <source>New end of validity</source>
        <translation>Nouvelle fin de validité</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>Reason of the refusal</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation>Enregistrer la décision</translation>
    </message>
</context>
<context>
    <name>cinereg::ui::ApplicationPage</name>
    <message>
        <source>Attach a scan…</source>
        <translation>Joindre une copie numérisée…</translation>
    </message>
    <message>
        <source>Open the scan</source>
        <translation>Ouvrir la copie numérisée</translation>
    </message>
    <message>
        <source>Save the scan as…</source>
        <translation>Enregistrer la copie numérisée sous…</translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation>Statuer…</translation>
    </message>
    <message>
        <source>Withdrawn by the company…</source>
        <translation>Retiré par la société…</translation>
    </message>
    <message>
        <source>Open the company</source>
        <translation>Ouvrir la société</translation>
    </message>
    <message>
        <source>Pieces of the dossier</source>
        <translation>Pièces du dossier</translation>
    </message>
    <message>
        <source>Piece (tick when received)</source>
        <translation>Pièce (cocher à réception)</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Date de la pièce</translation>
    </message>
    <message>
        <source>State today</source>
        <translation>État aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Copie numérisée</translation>
    </message>
    <message>
        <source>Print the receipt…</source>
        <translation>Imprimer le récépissé…</translation>
    </message>
    <message>
        <source>Save the receipt as PDF…</source>
        <translation>Enregistrer le récépissé en PDF…</translation>
    </message>
    <message>
        <source>Dossier %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message numerus="yes">
        <source>open, overdue by %n day(s)</source>
        <translation>
            <numerusform>ouvert, délai dépassé de %n jour</numerusform>
            <numerusform>ouvert, délai dépassé de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Received on %2 · decision due by &lt;b&gt;%3&lt;/b&gt; · status: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Reçu le %2 · décision attendue au plus tard le &lt;b&gt;%3&lt;/b&gt; · statut : %4</translation>
    </message>
    <message>
        <source>Decision %1 of %2</source>
        <translation>Décision %1 du %2</translation>
    </message>
    <message>
        <source>Withdrawn on %1</source>
        <translation>Retiré le %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <source>Remove the piece</source>
        <translation>Retirer la pièce</translation>
    </message>
    <message>
        <source>Remove the %1 and its scan %2 from the dossier?</source>
        <translation>Retirer la pièce « %1 » et sa copie numérisée %2 du dossier ?</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Attach a scan of the %1</source>
        <translation>Joindre une copie numérisée : %1</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>Copies numérisées (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save the scan as</source>
        <translation>Enregistrer la copie numérisée sous</translation>
    </message>
    <message>
        <source>Dossier withdrawn</source>
        <translation>Dossier retiré</translation>
    </message>
    <message>
        <source>The company withdrew dossier %1. Reason (optional):</source>
        <translation>La société a retiré le dossier %1. Motif (facultatif) :</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Récépissé %1</translation>
    </message>
    <message>
        <source>Save the receipt as PDF</source>
        <translation>Enregistrer le récépissé en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>cinereg::ui::ApplicationsView</name>
    <message>
        <source>Open dossiers only</source>
        <translation>Dossiers ouverts seulement</translation>
    </message>
    <message>
        <source>Decision due by</source>
        <translation>Décision attendue au plus tard le</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Récépissé</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Asks for</source>
        <translation>Objet de la demande</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Missing pieces</source>
        <translation>Pièces manquantes</translation>
    </message>
    <message>
        <source>New dossier…</source>
        <translation>Nouveau dossier…</translation>
    </message>
    <message>
        <source>Open the dossier</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message numerus="yes">
        <source>open, overdue by %n day(s)</source>
        <translation>
            <numerusform>ouvert, délai dépassé de %n jour</numerusform>
            <numerusform>ouvert, délai dépassé de %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cinereg::ui::BatchPrintDialog</name>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Batch printing of certificates</source>
        <translation>Impression groupée des attestations</translation>
    </message>
    <message>
        <source>Both tiers</source>
        <translation>Les deux catégories</translation>
    </message>
    <message>
        <source>&amp;Tier</source>
        <translation>&amp;Catégorie</translation>
    </message>
    <message>
        <source>Accreditations effective &amp;on</source>
        <translation>Agréments en vigueur &amp;le</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) to print.</source>
        <translation>
            <numerusform>%n attestation à imprimer.</numerusform>
            <numerusform>%n attestations à imprimer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Published &amp;list (PDF)…</source>
        <translation>&amp;Liste publiée (PDF)…</translation>
    </message>
    <message>
        <source>Save the published list</source>
        <translation>Enregistrer la liste publiée</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 ne peut pas être écrit.</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n company(ies) selected in the register</source>
        <translation>
            <numerusform>Seulement la société sélectionnée dans le registre</numerusform>
            <numerusform>Seulement les %n sociétés sélectionnées dans le registre</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cinereg::ui::CertificatesPanel</name>
    <message>
        <source>Print certificate…</source>
        <translation>Imprimer l&apos;attestation…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Attestation</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>Agrément</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Délivrée le</translation>
    </message>
    <message>
        <source>Prints</source>
        <translation>Impressions</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Délivrée par</translation>
    </message>
    <message>
        <source>Accreditation to certify</source>
        <translation>Agrément à attester</translation>
    </message>
    <message>
        <source>No accreditation effective today</source>
        <translation>Aucun agrément en vigueur aujourd&apos;hui</translation>
    </message>
</context>
<context>
    <name>cinereg::ui::CompanyForm</name>
    <message>
        <source>The ICE is right although its check key fails</source>
        <translation>L&apos;ICE est exact bien que sa clé de contrôle soit erronée</translation>
    </message>
    <message>
        <source>Name (Latin script)</source>
        <translation>Dénomination (caractères latins)</translation>
    </message>
    <message>
        <source>Name (Arabic script)</source>
        <translation>Dénomination (caractères arabes)</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <source>RC number</source>
        <translation>Numéro RC</translation>
    </message>
    <message>
        <source>RC court</source>
        <translation>Tribunal du RC</translation>
    </message>
    <message>
        <source>ICE</source>
        <translation>ICE</translation>
    </message>
    <message>
        <source>Tax identifier (IF)</source>
        <translation>Identifiant fiscal (IF)</translation>
    </message>
    <message>
        <source>CNSS affiliation</source>
        <translation>Affiliation CNSS</translation>
    </message>
    <message>
        <source>Fully paid capital (MAD)</source>
        <translation>Capital entièrement libéré (MAD)</translation>
    </message>
    <message>
        <source>Registered office</source>
        <translation>Siège social</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gérant</translation>
    </message>
    <message>
        <source>Manager&apos;s CNIE or residence permit</source>
        <translation>CNIE ou titre de séjour du gérant</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Professional bodies</source>
        <translation>Organisations professionnelles</translation>
    </message>
</context>
<context>
    <name>cinereg::ui::CompanyPage</name>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Rights and decisions</source>
        <translation>Droits et décisions</translation>
    </message>
    <message>
        <source>Right / decision</source>
        <translation>Droit / décision</translation>
    </message>
    <message>
        <source>Status or reference</source>
        <translation>Statut ou référence</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Saisi par</translation>
    </message>
    <message>
        <source>Grant authorization…</source>
        <translation>Accorder l&apos;autorisation…</translation>
    </message>
    <message>
        <source>Grant accreditation…</source>
        <translation>Accorder un agrément…</translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation>Renouveler…</translation>
    </message>
    <message>
        <source>Suspend…</source>
        <translation>Suspendre…</translation>
    </message>
    <message>
        <source>Reinstate…</source>
        <translation>Rétablir…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Productions</source>
        <translation>Productions</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Record a production…</source>
        <translation>Enregistrer une production…</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Attestations</translation>
    </message>
</context>
<context>
    <name>cinereg::ui::DashboardView</name>
    <message numerus="yes">
        <source>within %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans les %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Prend fin le</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droit</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Suspended since</source>
        <translation>Suspendu depuis</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Rights ending soon</source>
        <translation>Droits arrivant à échéance</translation>
    </message>
    <message>
        <source>Suspended rights</source>
        <translation>Droits suspendus</translation>
    </message>
    <message numerus="yes">
        <source>Authorized companies without a production for %n year(s)</source>
        <translation>
            <numerusform>Sociétés autorisées sans production depuis %n an</numerusform>
            <numerusform>Sociétés autorisées sans production depuis %n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>Decision due by</source>
        <translation>Décision attendue au plus tard le</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Asks for</source>
        <translation>Objet de la demande</translation>
    </message>
    <message numerus="yes">
        <source>Dossiers due within %n day(s) or overdue</source>
        <translation>
            <numerusform>Dossiers à décider dans %n jour ou en retard</numerusform>
            <numerusform>Dossiers à décider dans les %n jours ou en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the register…</source>
        <translation>Lecture du registre…</translation>
    </message>
</context>
<context>
    <name>cinereg::ui::DecisionDialog</name>
    <message>
        <source>Grant the authorization</source>
        <translation>Accorder l&apos;autorisation</translation>
    </message>
    <message>
        <source>Grant an accreditation</source>
        <translation>Accorder un agrément</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Renouveler</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droit</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Decision reference</source>
        <translation>Référence de la décision</translation>
    </message>
    <message>
        <source>Decision signed on</source>
        <translation>Décision signée le</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valable à partir du</translation>
    </message>
    <message>
        <source>Takes effect on</source>
        <translation>Prend effet le</translation>
    </message>
    <message>
        <source>New end of validity</source>
        <translation>Nouvelle fin de validité</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>Without limit of duration</source>
        <translation>Sans limitation de durée</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation>Enregistrer la décision</translation>
    </message>
</context>
<context>
    <name>cinereg::ui::EligibilityView</name>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>shot from</source>
        <translation>tournée du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>ICE</source>
        <translation>ICE</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>Agrément</translation>
    </message>
    <message>
        <source>May execute?</source>
        <translation>Habilitée ?</translation>
    </message>
    <message>
        <source>The last shooting day is before the first.</source>
        <translation>Le dernier jour de tournage est antérieur au premier.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation>Non : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n company(ies) may execute it on every shooting day.</source>
        <translation>
            <numerusform>%n société peut l&apos;exécuter chaque jour du tournage.</numerusform>
            <numerusform>%n sociétés peuvent l&apos;exécuter chaque jour du tournage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the register…</source>
        <translation>Lecture du registre…</translation>
    </message>
</context>
<context>
    <name>cinereg::ui::MainWindow</name>
    <message>
        <source>cinereg — register of film production rights — %1</source>
        <translation>cinereg — registre des droits de production cinématographique — %1</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Who may execute?</source>
        <translation>Qui peut exécuter ?</translation>
    </message>
    <message>
        <source>Productions</source>
        <translation>Productions</translation>
    </message>
    <message>
        <source>Today: %1 — user: %2</source>
        <translation>Aujourd&apos;hui : %1 — utilisateur : %2</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registre</translation>
    </message>
    <message>
        <source>&amp;New company…</source>
        <translation>&amp;Nouvelle société…</translation>
    </message>
    <message>
        <source>&amp;Find a company</source>
        <translation>&amp;Chercher une société</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>A&amp;ccueil</translation>
    </message>
    <message>
        <source>Re&amp;gister</source>
        <translation>Re&amp;gistre</translation>
    </message>
    <message>
        <source>&amp;Who may execute?</source>
        <translation>&amp;Qui peut exécuter ?</translation>
    </message>
    <message>
        <source>&amp;Productions</source>
        <translation>&amp;Productions</translation>
    </message>
    <message>
        <source>&amp;Close the company tab</source>
        <translation>&amp;Fermer l&apos;onglet de la société</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About cinereg</source>
        <translation>À &amp;propos de cinereg</translation>
    </message>
    <message>
        <source>About cinereg</source>
        <translation>À propos de cinereg</translation>
    </message>
    <message>
        <source>&lt;b&gt;cinereg %1&lt;/b&gt;&lt;br&gt;Register of film production rights of the Centre cinématographique marocain.&lt;br&gt;Register file: %2</source>
        <translation>&lt;b&gt;cinereg %1&lt;/b&gt;&lt;br&gt;Registre des droits de production cinématographique du Centre cinématographique marocain.&lt;br&gt;Fichier du registre : %2</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>New &amp;dossier…</source>
        <translation>Nouveau &amp;dossier…</translation>
    </message>
    <message>
        <source>&amp;Dossiers</source>
        <translation>&amp;Dossiers</translation>
    </message>
    <message>
        <source>&amp;Certificates</source>
        <translation>&amp;Attestations</translation>
    </message>
    <message>
        <source>&amp;Batch printing…</source>
        <translation>Impression &amp;groupée…</translation>
    </message>
    <message>
        <source>&amp;Verify a certificate…</source>
        <translation>&amp;Vérifier une attestation…</translation>
    </message>
</context>
<context>
    <name>cinereg::ui::NewApplicationDialog</name>
    <message>
        <source>Renewal of the company&apos;s right of that kind</source>
        <translation>Renouvellement du droit de cette nature détenu par la société</translation>
    </message>
    <message>
        <source>New dossier</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Name, ICE or RC of the company</source>
        <translation>Nom, ICE ou RC de la société</translation>
    </message>
    <message>
        <source>next REC-YEAR-NNNN</source>
        <translation>prochain REC-ANNÉE-NNNN</translation>
    </message>
    <message>
        <source>Find the company</source>
        <translation>Rechercher la société</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Asks for</source>
        <translation>Objet de la demande</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Receipt reference</source>
        <translation>Référence du récépissé</translation>
    </message>
    <message>
        <source>Decision due by</source>
        <translation>Décision attendue au plus tard le</translation>
    </message>
    <message>
        <source>File the dossier</source>
        <translation>Enregistrer le dossier</translation>
    </message>
    <message>
        <source>Choose the company.</source>
        <translation>Choisissez la société.</translation>
    </message>
</context>
<context>
    <name>cinereg::ui::NewCompanyDialog</name>
    <message>
        <source>New production company</source>
        <translation>Nouvelle société de production</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
</context>
<context>
    <name>cinereg::ui::ProductionDialog</name>
    <message>
        <source>Record a production</source>
        <translation>Enregistrer une production</translation>
    </message>
    <message>
        <source>ISO code, e.g. FR</source>
        <translation>Code ISO, ex. FR</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>First shooting day</source>
        <translation>Premier jour de tournage</translation>
    </message>
    <message>
        <source>Last shooting day</source>
        <translation>Dernier jour de tournage</translation>
    </message>
    <message>
        <source>Executing company</source>
        <translation>Société exécutante</translation>
    </message>
    <message>
        <source>Foreign producer</source>
        <translation>Producteur étranger</translation>
    </message>
    <message>
        <source>Producer&apos;s country</source>
        <translation>Pays du producteur</translation>
    </message>
    <message>
        <source>Mandate reference</source>
        <translation>Référence du mandat</translation>
    </message>
    <message>
        <source>Shooting permit</source>
        <translation>Autorisation de tournage</translation>
    </message>
    <message>
        <source>No company may execute a production of this kind on every one of these days.</source>
        <translation>Aucune société ne peut exécuter une production de ce type chacun de ces jours.</translation>
    </message>
</context>
<context>
    <name>cinereg::ui::ProductionsView</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Executing company</source>
        <translation>Société exécutante</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Foreign producer</source>
        <translation>Producteur étranger</translation>
    </message>
    <message>
        <source>Record a production…</source>
        <translation>Enregistrer une production…</translation>
    </message>
</context>
<context>
    <name>cinereg::ui::RegisterModel</name>
    <message>
        <source>Name</source>
        <translation>Dénomination</translation>
    </message>
    <message>
        <source>Arabic name</source>
        <translation>Dénomination arabe</translation>
    </message>
    <message>
        <source>ICE</source>
        <translation>ICE</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <source>National accreditation</source>
        <translation>Agrément national</translation>
    </message>
    <message>
        <source>International accreditation</source>
        <translation>Agrément international</translation>
    </message>
</context>
<context>
    <name>cinereg::ui::RegisterView</name>
    <message>
        <source>Search a name (Latin or Arabic), an ICE or an RC number…</source>
        <translation>Chercher une dénomination (latine ou arabe), un ICE ou un numéro RC…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>Toutes les villes</translation>
    </message>
    <message>
        <source>Any right</source>
        <translation>Tout droit</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <source>National accreditation</source>
        <translation>Agrément national</translation>
    </message>
    <message>
        <source>International accreditation</source>
        <translation>Agrément international</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>Any professional body</source>
        <translation>Toute organisation professionnelle</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Professional body</source>
        <translation>Organisation professionnelle</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Sociétés</translation>
    </message>
    <message numerus="yes">
        <source>%n company(ies)</source>
        <translation>
            <numerusform>%n société</numerusform>
            <numerusform>%n sociétés</numerusform>
        </translation>
    </message>
    <message>
        <source>The register is empty. Register a company with Register → New company (Ctrl+N); to explore first, start cinereg --demo.</source>
        <translation>Le registre est vide. Enregistrez une société par Registre → Nouvelle société (Ctrl+N) ; pour découvrir le programme, lancez cinereg --demo.</translation>
    </message>
</context>
<context>
    <name>cinereg::ui::SettingsDialog</name>
    <message>
        <source>Settings of the register</source>
        <translation>Paramètres du registre</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <source>Minimum paid capital (MAD)</source>
        <translation>Capital libéré minimal (MAD)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>without limit</source>
        <translation>sans limitation de durée</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Legal forms that may hold an authorization</source>
        <translation>Formes juridiques pouvant détenir une autorisation</translation>
    </message>
    <message>
        <source>Capital thresholds for an accreditation</source>
        <translation>Seuils de capital pour un agrément</translation>
    </message>
    <message>
        <source>Default term of a right</source>
        <translation>Durée par défaut d&apos;un droit</translation>
    </message>
    <message>
        <source>Professional bodies (comma separated)</source>
        <translation>Organisations professionnelles (séparées par des virgules)</translation>
    </message>
    <message>
        <source>Review companies without a production for</source>
        <translation>Examiner les sociétés sans production depuis</translation>
    </message>
    <message>
        <source>Decision deadline for a dossier</source>
        <translation>Délai de décision d&apos;un dossier</translation>
    </message>
    <message>
        <source>{year} and {seq} are replaced by the year and the sequence number.</source>
        <translation>{year} et {seq} sont remplacés par l&apos;année et le numéro d&apos;ordre.</translation>
    </message>
    <message>
        <source>Place of issue of certificates</source>
        <translation>Lieu de délivrance des attestations</translation>
    </message>
    <message>
        <source>Signing key file (kept outside the register)</source>
        <translation>Fichier de la clé de signature (hors du registre)</translation>
    </message>
    <message>
        <source>Numbers of national certificates</source>
        <translation>Numéros des attestations nationales</translation>
    </message>
    <message>
        <source>Numbers of international certificates</source>
        <translation>Numéros des attestations internationales</translation>
    </message>
    <message>
        <source>Numbers of dossier receipts</source>
        <translation>Numéros des récépissés de dossier</translation>
    </message>
</context>
<context>
    <name>cinereg::ui::VerifyDialog</name>
    <message>
        <source>Number: %1&lt;br/&gt;ICE: %2&lt;br/&gt;%3&lt;br/&gt;Valid from %4 until %5&lt;br/&gt;Issued on %6</source>
        <translation>Numéro : %1&lt;br/&gt;ICE : %2&lt;br/&gt;%3&lt;br/&gt;Valable du %4 au %5&lt;br/&gt;Délivrée le %6</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limitation</translation>
    </message>
    <message>
        <source>&lt;br/&gt;Holder: %1</source>
        <translation>&lt;br/&gt;Titulaire : %1</translation>
    </message>
    <message>
        <source>Verify a certificate</source>
        <translation>Vérifier une attestation</translation>
    </message>
    <message>
        <source>Type or paste the verification code printed on the certificate</source>
        <translation>Saisissez ou collez le code de vérification imprimé sur l&apos;attestation</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Code de vérification</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Open a &amp;PDF…</source>
        <translation>Ouvrir un &amp;PDF…</translation>
    </message>
    <message>
        <source>Open a certificate</source>
        <translation>Ouvrir une attestation</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No verification code was found in %1.</source>
        <translation>Aucun code de vérification trouvé dans %1.</translation>
    </message>
</context>
</TS>
