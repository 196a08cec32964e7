<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccountIntegrity</name>
    <message>
        <source>Account %1 was inserted outside the program: the audit trail never created it.</source>
        <translation>Le compte %1 a été inséré hors du programme : le journal d&apos;audit ne l&apos;a jamais créé.</translation>
    </message>
    <message>
        <source>Account %1 was renamed outside the program (created as %2).</source>
        <translation>Le compte %1 a été renommé hors du programme (créé sous le nom %2).</translation>
    </message>
    <message>
        <source>Account %1 has the role %2 in the table but %3 in the audit trail: its role was changed outside the program.</source>
        <translation>Le compte %1 a le rôle %2 dans la table mais %3 dans le journal d&apos;audit : son rôle a été modifié hors du programme.</translation>
    </message>
    <message>
        <source>Account %1 is active in the table but was disabled: it was enabled outside the program.</source>
        <translation>Le compte %1 est actif dans la table mais avait été désactivé : il a été réactivé hors du programme.</translation>
    </message>
    <message>
        <source>Account %1 is disabled in the table but was never disabled: it was changed outside the program.</source>
        <translation>Le compte %1 est désactivé dans la table mais ne l&apos;a jamais été : il a été modifié hors du programme.</translation>
    </message>
    <message>
        <source>Account %1&apos;s password hash was replaced outside the program.</source>
        <translation>L&apos;empreinte du mot de passe du compte %1 a été remplacée hors du programme.</translation>
    </message>
    <message>
        <source>Account %1 was deleted outside the program.</source>
        <translation>Le compte %1 a été supprimé hors du programme.</translation>
    </message>
    <message>
        <source>Proposal #%1 was decided by its own proposer %2: four eyes were bypassed outside the program.</source>
        <translation>La proposition n° %1 a été tranchée par son propre auteur %2 : le contrôle à quatre yeux a été contourné hors du programme.</translation>
    </message>
    <message>
        <source>Proposal #%1 was inserted outside the program: the audit trail never recorded it.</source>
        <translation>La proposition n° %1 a été insérée hors du programme : le journal d&apos;audit ne l&apos;a jamais enregistrée.</translation>
    </message>
    <message>
        <source>Proposal #%1 names %2 as proposer, but %3 proposed it: it was changed outside the program.</source>
        <translation>La proposition n° %1 désigne %2 comme auteur, alors que %3 l&apos;a formulée : elle a été modifiée hors du programme.</translation>
    </message>
    <message>
        <source>Proposal #%1 is %2 in the table but %3 in the audit trail: its decision was changed outside the program.</source>
        <translation>La proposition n° %1 est « %2 » dans la table mais « %3 » dans le journal d&apos;audit : la suite qui lui a été donnée a été modifiée hors du programme.</translation>
    </message>
    <message>
        <source>Proposal #%1 was deleted outside the program.</source>
        <translation>La proposition n° %1 a été supprimée hors du programme.</translation>
    </message>
    <message>
        <source>Decision #%1 on %2, entered by %3 after accounts existed, has no approved proposal: it was inserted outside the program.</source>
        <translation>La décision n° %1 sur %2, saisie par %3 après la création des comptes, ne provient d&apos;aucune proposition approuvée : elle a été insérée hors du programme.</translation>
    </message>
    <message>
        <source>Decision #%1 on %2 comes from proposal #%3, which was never approved: it was inserted outside the program.</source>
        <translation>La décision n° %1 sur %2 provient de la proposition n° %3, qui n&apos;a jamais été approuvée : elle a été insérée hors du programme.</translation>
    </message>
    <message>
        <source>Decision #%1 on %2 was entered by %3, who also proposed it: four eyes were bypassed outside the program.</source>
        <translation>La décision n° %1 sur %2 a été saisie par %3, qui l&apos;avait aussi proposée : le contrôle à quatre yeux a été contourné hors du programme.</translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <source>The password is required.</source>
        <translation>Le mot de passe est obligatoire.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>Le mot de passe doit comporter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The password must have at most 1024 characters.</source>
        <translation>Le mot de passe doit comporter au plus 1024 caractères.</translation>
    </message>
    <message>
        <source>The first account of a register must be an admin: it ends single-user mode and manages the others.</source>
        <translation>Le premier compte d&apos;un registre doit être administrateur : il met fin au mode mono-utilisateur et gère les autres comptes.</translation>
    </message>
    <message>
        <source>The login is required.</source>
        <translation>L&apos;identifiant est obligatoire.</translation>
    </message>
    <message>
        <source>The login must have 2 to 32 characters among a-z, 0-9, dot, hyphen and underscore.</source>
        <translation>L&apos;identifiant doit comporter de 2 à 32 caractères parmi a-z, 0-9, le point, le trait d&apos;union et le tiret bas.</translation>
    </message>
    <message>
        <source>The full name</source>
        <translation>Le nom complet</translation>
    </message>
    <message>
        <source>The login %1 is already taken (accounts are never deleted).</source>
        <translation>L&apos;identifiant %1 est déjà pris (les comptes ne sont jamais supprimés).</translation>
    </message>
    <message>
        <source>No account %1.</source>
        <translation>Aucun compte %1.</translation>
    </message>
    <message>
        <source>%1 is the last active admin: enable or appoint another admin first.</source>
        <translation>%1 est le dernier administrateur actif : activez ou désignez d&apos;abord un autre administrateur.</translation>
    </message>
    <message>
        <source>%1 is the last active admin: appoint another admin first.</source>
        <translation>%1 est le dernier administrateur actif : désignez d&apos;abord un autre administrateur.</translation>
    </message>
    <message>
        <source>Unknown login or wrong password.</source>
        <translation>Identifiant inconnu ou mot de passe erroné.</translation>
    </message>
    <message>
        <source>The account %1 is disabled: ask an admin.</source>
        <translation>Le compte %1 est désactivé : adressez-vous à un administrateur.</translation>
    </message>
    <message>
        <source>On a server register, sign in with the account of your server login (%1).</source>
        <translation>Sur un registre serveur, connectez-vous avec le compte portant votre identifiant du serveur (%1).</translation>
    </message>
    <message>
        <source>The server has no login %1, and yours may not create logins (CREATEROLE): ask the server&apos;s administrator to create it first.</source>
        <translation>Le serveur n&apos;a pas de connexion %1, et la vôtre ne peut pas créer de connexions (CREATEROLE) : demandez d&apos;abord à l&apos;administrateur du serveur de la créer.</translation>
    </message>
</context>
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
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read %1 as a register: %2</source>
        <translation>Impossible de lire %1 comme un registre : %2</translation>
    </message>
    <message>
        <source>A register on a server is backed up by the server&apos;s administrator with pg_dump; nothing was written.</source>
        <translation>Un registre sur un serveur est sauvegardé par l&apos;administrateur du serveur avec pg_dump ; rien n&apos;a été écrit.</translation>
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
        <source>DUPLICATE</source>
        <translation>DUPLICATA</translation>
    </message>
    <message>
        <source>Scan the QR code or enter the code at %1 to check that this certificate is genuine and still valid.</source>
        <translation>Scannez le code QR ou saisissez le code sur %1 pour vérifier que cette attestation est authentique et toujours valable.</translation>
    </message>
    <message>
        <source>Scan the QR code or give the code to the Moroccan Cinema Centre to check that this certificate is genuine and still valid.</source>
        <translation>Scannez le code QR ou communiquez le code au Centre cinématographique marocain pour vérifier que cette attestation est authentique et toujours valable.</translation>
    </message>
    <message>
        <source>PREVIEW</source>
        <translation>APERÇU</translation>
    </message>
    <message>
        <source>Preview: not issued, no number, not valid</source>
        <translation>Aperçu : non délivrée, sans numéro, sans valeur</translation>
    </message>
</context>
<context>
    <name>CertificateOutput</name>
    <message>
        <source>Certificate</source>
        <translation>Attestation</translation>
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
    <message>
        <source>Certificate — print preview (nothing is issued until you print)</source>
        <translation>Attestation — aperçu avant impression (rien n&apos;est délivré avant l&apos;impression)</translation>
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
    <message>
        <source>The file could not be written; the certificates are recorded but not printed.</source>
        <translation>Le fichier n&apos;a pas pu être écrit ; les attestations sont enregistrées mais non imprimées.</translation>
    </message>
    <message>
        <source>The code is signed with key %1, which is not registered in this register.</source>
        <translation>Le code est signé avec la clé %1, qui n&apos;est pas enregistrée dans ce registre.</translation>
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
        <source>yes</source>
        <translation>oui</translation>
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
    <message>
        <source>Valid without limit of duration, whatever the default term.</source>
        <translation>Valable sans limitation de durée, quelle que soit la durée par défaut.</translation>
    </message>
    <message numerus="yes">
        <source>Verification page written into %1: %n certificate(s) in the signed status list, not to be trusted after %2.</source>
        <translation>
            <numerusform>Page de vérification écrite dans %1 : %n attestation dans la liste des statuts signée, à ne plus considérer comme fiable après le %2.</numerusform>
            <numerusform>Page de vérification écrite dans %1 : %n attestations dans la liste des statuts signée, à ne plus considérer comme fiable après le %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the public verification page into a folder to copy to the web site: the page, the public keys and the signed status list.</source>
        <translation>Écrire la page publique de vérification dans un dossier à copier sur le site web : la page, les clés publiques et la liste des statuts signée.</translation>
    </message>
    <message>
        <source>--lang: &quot;%1&quot; is not one of %2.</source>
        <translation>--lang : « %1 » n&apos;est pas l&apos;une des langues %2.</translation>
    </message>
    <message>
        <source>Argument %1 is not valid UTF-8 text; nothing was written.</source>
        <translation>L&apos;argument %1 n&apos;est pas un texte UTF-8 valide ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>--%1: the value is not valid UTF-8 text; nothing was written.</source>
        <translation>--%1 : la valeur n&apos;est pas un texte UTF-8 valide ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>--until and --no-end exclude each other.</source>
        <translation>--until et --no-end s&apos;excluent mutuellement.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation>ligne %1, %2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported.</source>
        <translation>
            <numerusform>%n ligne importée.</numerusform>
            <numerusform>%n lignes importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n row(s) would be imported; nothing was written.</source>
        <translation>
            <numerusform>Essai : %n ligne serait importée ; rien n&apos;a été écrit.</numerusform>
            <numerusform>Essai : %n lignes seraient importées ; rien n&apos;a été écrit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected: nothing was imported (fix them, or use --skip-invalid to import the others).</source>
        <translation>
            <numerusform>%n ligne rejetée : rien n&apos;a été importé (corrigez-la, ou utilisez --skip-invalid pour importer les autres).</numerusform>
            <numerusform>%n lignes rejetées : rien n&apos;a été importé (corrigez-les, ou utilisez --skip-invalid pour importer les autres).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not one of the professional bodies in the settings (%2).</source>
        <translation>%1 ne fait pas partie des organismes professionnels des paramètres (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n ligne écrite dans %1.</numerusform>
            <numerusform>%n lignes écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check every row and write nothing.</source>
        <translation>Vérifier chaque ligne sans rien écrire.</translation>
    </message>
    <message>
        <source>Import the valid rows even when others are rejected.</source>
        <translation>Importer les lignes valides même si d&apos;autres sont rejetées.</translation>
    </message>
    <message>
        <source>Register the companies of a sheet, each row checked like a clerk&apos;s entry; one rejected row means nothing is imported unless --skip-invalid.</source>
        <translation>Enregistrer les sociétés d&apos;un tableau, chaque ligne vérifiée comme une saisie d&apos;agent ; une seule ligne rejetée et rien n&apos;est importé, sauf avec --skip-invalid.</translation>
    </message>
    <message>
        <source>Grant the authorizations and accreditations of a sheet with their numbers, decisions, dates and any suspension or revocation.</source>
        <translation>Accorder les autorisations et agréments d&apos;un tableau avec leurs numéros, décisions, dates et, le cas échéant, leur suspension ou leur retrait.</translation>
    </message>
    <message>
        <source>Write the companies with their standing on --on (default today); --body gives the list of a professional body&apos;s members.</source>
        <translation>Écrire les sociétés avec leur situation au --on (par défaut aujourd&apos;hui) ; --body donne la liste des membres d&apos;un organisme professionnel.</translation>
    </message>
    <message>
        <source>Only the companies whose accreditation of this tier (national, international) or authorization is active.</source>
        <translation>Seulement les sociétés dont l&apos;agrément de ce niveau (national, international) ou l&apos;autorisation est en vigueur.</translation>
    </message>
    <message>
        <source>The day of the standing.</source>
        <translation>Le jour de la situation.</translation>
    </message>
    <message>
        <source>Only the members of this professional body.</source>
        <translation>Seulement les membres de cet organisme professionnel.</translation>
    </message>
    <message>
        <source>Write every authorization and accreditation with its status on --on, in the columns import rights reads.</source>
        <translation>Écrire chaque autorisation et chaque agrément avec son statut au --on, dans les colonnes que lit import rights.</translation>
    </message>
    <message>
        <source>The day of the status.</source>
        <translation>Le jour du statut.</translation>
    </message>
    <message>
        <source>Signing key %1 created in %2 (readable by its owner only) and registered in the register.</source>
        <translation>Clé de signature %1 créée dans %2 (lisible par son seul propriétaire) et enregistrée dans le registre.</translation>
    </message>
    <message>
        <source>Signing key %1 imported into %2 (readable by its owner only) and registered in the register.</source>
        <translation>Clé de signature %1 importée dans %2 (lisible par son seul propriétaire) et enregistrée dans le registre.</translation>
    </message>
    <message>
        <source>This workstation signs with key %1 (%2).</source>
        <translation>Ce poste signe avec la clé %1 (%2).</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutée</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Reconnue</translation>
    </message>
    <message>
        <source>no: not registered</source>
        <translation>non : non enregistrée</translation>
    </message>
    <message>
        <source>Create the CCM&apos;s signing key (administrator; once) in the file the settings name, and register its public half.</source>
        <translation>Crée la clé de signature du CCM (administrateur ; une seule fois) dans le fichier désigné par les paramètres, et enregistre sa partie publique.</translation>
    </message>
    <message>
        <source>Install the CCM&apos;s signing key from FILE on this workstation (administrator) and register its public half.</source>
        <translation>Installe sur ce poste la clé de signature du CCM depuis FICHIER (administrateur) et enregistre sa partie publique.</translation>
    </message>
    <message>
        <source>The key this workstation signs with, and the public keys the register trusts.</source>
        <translation>La clé avec laquelle ce poste signe, et les clés publiques reconnues par le registre.</translation>
    </message>
    <message>
        <source>%1 of %2 recorded; standing today: %3.</source>
        <translation>%1 de %2 enregistré ; situation aujourd&apos;hui : %3.</translation>
    </message>
    <message>
        <source>No longer in force from %1: %2.</source>
        <translation>Ne sont plus en vigueur à partir du %1 : %2.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a year (YYYY).</source>
        <translation>--%1 : « %2 » n&apos;est pas une année (AAAA).</translation>
    </message>
    <message>
        <source>Rights in force on %1</source>
        <translation>Droits en vigueur le %1</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droit</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>Authorizations</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <source>National accreditations</source>
        <translation>Agréments nationaux</translation>
    </message>
    <message>
        <source>International accreditations</source>
        <translation>Agréments internationaux</translation>
    </message>
    <message>
        <source>By city</source>
        <translation>Par ville</translation>
    </message>
    <message>
        <source>No right in force.</source>
        <translation>Aucun droit en vigueur.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Octrois</translation>
    </message>
    <message>
        <source>Suspensions</source>
        <translation>Suspensions</translation>
    </message>
    <message>
        <source>Revocations</source>
        <translation>Retraits</translation>
    </message>
    <message>
        <source>New entrants</source>
        <translation>Nouveaux entrants</translation>
    </message>
    <message>
        <source>National productions</source>
        <translation>Productions nationales</translation>
    </message>
    <message>
        <source>Foreign productions</source>
        <translation>Productions étrangères</translation>
    </message>
    <message>
        <source>Per year, up to %1</source>
        <translation>Par année, jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>Professional body</source>
        <translation>Organisation professionnelle</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>The report could not be written to %1.</source>
        <translation>Le rapport n&apos;a pas pu être écrit dans %1.</translation>
    </message>
    <message>
        <source>Statistics report written to %1.</source>
        <translation>Rapport statistique écrit dans %1.</translation>
    </message>
    <message>
        <source>Figures of the register: rights in force by tier and city, decisions, new entrants and productions per year, members per professional body.</source>
        <translation>Chiffres du registre : droits en vigueur par catégorie et par ville, décisions, nouveaux entrants et productions par année, membres par organisation professionnelle.</translation>
    </message>
    <message>
        <source>Day the rights in force are counted (default today).</source>
        <translation>Jour auquel les droits en vigueur sont comptés (par défaut aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>First year of the yearly figures (default: the first year with a decision or a shooting).</source>
        <translation>Première année des chiffres annuels (par défaut : la première année comptant une décision ou un tournage).</translation>
    </message>
    <message>
        <source>Last year of the yearly figures (default: the year of --on).</source>
        <translation>Dernière année des chiffres annuels (par défaut : l&apos;année de --on).</translation>
    </message>
    <message>
        <source>Print the figures as a report with charts (PDF, French or Arabic by --lang).</source>
        <translation>Imprimer les chiffres dans un rapport avec graphiques (PDF, en français ou en arabe selon --lang).</translation>
    </message>
    <message>
        <source>Missing command after &quot;%1&quot;.</source>
        <translation>Commande manquante après « %1 ».</translation>
    </message>
    <message>
        <source>The acting user, recorded with every change (default: the OS login). Once the register has accounts: your account, its password from CINEREG_PASSWORD or asked.</source>
        <translation>L&apos;utilisateur qui agit, enregistré avec chaque modification (par défaut : l&apos;identifiant du système). Dès que le registre comporte des comptes : votre compte, son mot de passe lu dans CINEREG_PASSWORD ou demandé.</translation>
    </message>
    <message>
        <source>This register has accounts: name yours with --user LOGIN (the password from CINEREG_PASSWORD or asked).</source>
        <translation>Ce registre comporte des comptes : indiquez le vôtre avec --user IDENTIFIANT (mot de passe lu dans CINEREG_PASSWORD ou demandé).</translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation>Mot de passe de %1 : </translation>
    </message>
    <message>
        <source>No password for %1: set CINEREG_PASSWORD or run on a terminal.</source>
        <translation>Aucun mot de passe pour %1 : définissez CINEREG_PASSWORD ou lancez la commande dans un terminal.</translation>
    </message>
    <message>
        <source>No password: set %1 or run on a terminal.</source>
        <translation>Aucun mot de passe : définissez %1 ou lancez la commande dans un terminal.</translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>Confirmation : </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Les deux mots de passe diffèrent ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>proposed by %1, approved by %2, %3</source>
        <translation>proposée par %1, approuvée par %2, %3</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Proposée par</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Tranchée par</translation>
    </message>
    <message>
        <source>Proposal %1 approved: %2 granted (id %3).</source>
        <translation>Proposition %1 approuvée : %2 octroyé(e) (id %3).</translation>
    </message>
    <message>
        <source>Proposal %1 approved: %2 of %3 recorded.</source>
        <translation>Proposition %1 approuvée : %2 de %3 enregistré(e).</translation>
    </message>
    <message>
        <source>Proposal %1 approved: dossier #%2 decided.</source>
        <translation>Proposition %1 approuvée : le dossier n° %2 est tranché.</translation>
    </message>
    <message>
        <source>Proposal %1 rejected.</source>
        <translation>Proposition %1 rejetée.</translation>
    </message>
    <message>
        <source>Proposed decisions (four eyes), newest first.</source>
        <translation>Décisions proposées (contrôle à quatre yeux), les plus récentes d&apos;abord.</translation>
    </message>
    <message>
        <source>Only those awaiting approval.</source>
        <translation>Seulement celles en attente d&apos;approbation.</translation>
    </message>
    <message>
        <source>Only this company&apos;s.</source>
        <translation>Seulement celles de cette société.</translation>
    </message>
    <message>
        <source>Approve another account&apos;s proposal: it takes effect now, the rules checked again today (approver).</source>
        <translation>Approuver la proposition d&apos;un autre compte : elle prend effet immédiatement, les règles étant vérifiées à nouveau à la date du jour (approbateur).</translation>
    </message>
    <message>
        <source>Reject another account&apos;s proposal, with the reason (approver).</source>
        <translation>Rejeter la proposition d&apos;un autre compte, avec son motif (approbateur).</translation>
    </message>
    <message>
        <source>--role must be clerk, approver, auditor or admin.</source>
        <translation>--role doit valoir clerk, approver, auditor ou admin.</translation>
    </message>
    <message>
        <source>New password of %1: </source>
        <translation>Nouveau mot de passe de %1 : </translation>
    </message>
    <message>
        <source>Account %1 created with the role %2.</source>
        <translation>Compte %1 créé avec le rôle %2.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Account %1 disabled.</source>
        <translation>Compte %1 désactivé.</translation>
    </message>
    <message>
        <source>Account %1 enabled.</source>
        <translation>Compte %1 activé.</translation>
    </message>
    <message>
        <source>Account %1 now has the role %2.</source>
        <translation>Le compte %1 a désormais le rôle %2.</translation>
    </message>
    <message>
        <source>This register has no account yet (single-user mode).</source>
        <translation>Ce registre n&apos;a encore aucun compte (mode mono-utilisateur).</translation>
    </message>
    <message>
        <source>Password of %1 changed.</source>
        <translation>Mot de passe de %1 modifié.</translation>
    </message>
    <message>
        <source>clerk, approver, auditor or admin.</source>
        <translation>clerk, approver, auditor ou admin.</translation>
    </message>
    <message>
        <source>Create an account (admin; the first account, an admin, by anyone: it ends single-user mode). Password from CINEREG_NEW_PASSWORD or asked twice.</source>
        <translation>Créer un compte (administrateur ; le premier compte, un administrateur, par quiconque : il met fin au mode mono-utilisateur). Mot de passe lu dans CINEREG_NEW_PASSWORD ou demandé deux fois.</translation>
    </message>
    <message>
        <source>Full name.</source>
        <translation>Nom complet.</translation>
    </message>
    <message>
        <source>The accounts.</source>
        <translation>Les comptes.</translation>
    </message>
    <message>
        <source>Disable an account (never deleted).</source>
        <translation>Désactiver un compte (jamais supprimé).</translation>
    </message>
    <message>
        <source>Enable a disabled account.</source>
        <translation>Réactiver un compte désactivé.</translation>
    </message>
    <message>
        <source>Change an account&apos;s role.</source>
        <translation>Changer le rôle d&apos;un compte.</translation>
    </message>
    <message>
        <source>Change a password (your own, or any as admin); the new one from CINEREG_NEW_PASSWORD or asked twice.</source>
        <translation>Changer un mot de passe (le sien, ou tout autre en tant qu&apos;administrateur) ; le nouveau est lu dans CINEREG_NEW_PASSWORD ou demandé deux fois.</translation>
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
    <message>
        <source>The Arabic name</source>
        <translation>La dénomination en arabe</translation>
    </message>
    <message>
        <source>The IF</source>
        <translation>L&apos;IF</translation>
    </message>
    <message>
        <source>The CNSS affiliation</source>
        <translation>L&apos;affiliation CNSS</translation>
    </message>
    <message>
        <source>The manager&apos;s name</source>
        <translation>Le nom du gérant</translation>
    </message>
    <message>
        <source>The manager&apos;s CNIE</source>
        <translation>La CNIE du gérant</translation>
    </message>
    <message>
        <source>The e-mail address</source>
        <translation>L&apos;adresse électronique</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>Le numéro de téléphone</translation>
    </message>
    <message>
        <source>The professional body</source>
        <translation>L&apos;organisme professionnel</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>Ligne %1 : un champ entre guillemets n&apos;est jamais fermé.</translation>
    </message>
    <message>
        <source>The file is empty: a header line naming the columns is required.</source>
        <translation>Le fichier est vide : une ligne d&apos;en-tête nommant les colonnes est requise.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d&apos;écrire %1 : %2.</translation>
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
    <message>
        <source>%1 is damaged and is left untouched: %2</source>
        <translation>%1 est endommagé et reste intact : %2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>The register was changed by another workstation at the same moment; nothing was written. Try again.</source>
        <translation>Le registre a été modifié au même moment par un autre poste ; rien n&apos;a été enregistré. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>%1 is not a register address: write postgresql://[LOGIN@]HOST[:PORT]/DATABASE (the password comes from PGPASSWORD or ~/.pgpass, never from the address). Nothing was created.</source>
        <translation>%1 n&apos;est pas une adresse de registre : écrivez postgresql://[IDENTIFIANT@]SERVEUR[:PORT]/BASE (le mot de passe provient de PGPASSWORD ou de ~/.pgpass, jamais de l&apos;adresse). Rien n&apos;a été créé.</translation>
    </message>
    <message>
        <source>Cannot open %1: Qt&apos;s PostgreSQL driver is missing (package libqt6sql6-psql).</source>
        <translation>Impossible d&apos;ouvrir %1 : le pilote PostgreSQL de Qt est absent (paquet libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to the register %1: %2 Nothing was created.</source>
        <translation>Impossible de se connecter au registre %1 : %2 Rien n&apos;a été créé.</translation>
    </message>
    <message>
        <source>The database %1 holds tables but not a cinereg register; nothing was changed.</source>
        <translation>La base de données %1 contient des tables mais pas un registre cinereg ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Cannot listen to the changes of %1.</source>
        <translation>Impossible d&apos;écouter les modifications de %1.</translation>
    </message>
</context>
<context>
    <name>DecisionService</name>
    <message>
        <source>Recorded as proposal %1, awaiting approval by another approver.</source>
        <translation>Enregistrée comme proposition n° %1, en attente d&apos;approbation par un autre approbateur.</translation>
    </message>
    <message>
        <source>This register has accounts: a decision is recorded as a proposal and takes effect when another account approves it.</source>
        <translation>Ce registre comporte des comptes : une décision est enregistrée comme proposition et ne prend effet qu&apos;après approbation par un autre compte.</translation>
    </message>
    <message>
        <source>No proposal #%1.</source>
        <translation>Aucune proposition n° %1.</translation>
    </message>
    <message>
        <source>Proposal #%1 was already %2 by %3.</source>
        <translation>La proposition n° %1 a déjà été %2 par %3.</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <source>Proposal #%1 is your own: another approver must decide it (four eyes).</source>
        <translation>La proposition n° %1 est la vôtre : un autre approbateur doit la trancher (contrôle à quatre yeux).</translation>
    </message>
    <message>
        <source>A rejection must state its reason.</source>
        <translation>Un rejet doit être motivé.</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>Le motif</translation>
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
    <message>
        <source>%1 (beyond the checklist)</source>
        <translation>%1 (hors liste des pièces exigées)</translation>
    </message>
</context>
<context>
    <name>ExportService</name>
    <message>
        <source>The file name must end in .csv or .xlsx.</source>
        <translation>Le nom du fichier doit se terminer par .csv ou .xlsx.</translation>
    </message>
</context>
<context>
    <name>FormConventions</name>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (obligatoire)</translation>
    </message>
    <message>
        <source>* required field</source>
        <translation>* champ obligatoire</translation>
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
    <message>
        <source>The end of validity (until) is required.</source>
        <translation>La fin de validité (au) est obligatoire.</translation>
    </message>
    <message>
        <source>The accreditation %1 cannot be suspended on %2: it is %3 that day.</source>
        <translation>L&apos;agrément %1 ne peut pas être suspendu le %2 : il est %3 ce jour-là.</translation>
    </message>
    <message>
        <source>The authorization %1 cannot be suspended on %2: it is %3 that day.</source>
        <translation>L&apos;autorisation %1 ne peut pas être suspendue le %2 : elle est %3 ce jour-là.</translation>
    </message>
    <message>
        <source>The accreditation %1 cannot be reinstated on %2: it is %3 that day, not suspended.</source>
        <translation>L&apos;agrément %1 ne peut pas être rétabli le %2 : il est %3 ce jour-là, et non suspendu.</translation>
    </message>
    <message>
        <source>The authorization %1 cannot be reinstated on %2: it is %3 that day, not suspended.</source>
        <translation>L&apos;autorisation %1 ne peut pas être rétablie le %2 : elle est %3 ce jour-là, et non suspendue.</translation>
    </message>
</context>
<context>
    <name>HeadSigning</name>
    <message>
        <source>The register&apos;s seal is not signed, although this account holds the register&apos;s signing key (%1): the register was rewritten outside the program, or written by a program without the key.</source>
        <translation>Le sceau du registre n&apos;est pas signé, alors que ce compte détient la clé de signature du registre (%1) : le registre a été réécrit en dehors du programme, ou écrit par un programme sans la clé.</translation>
    </message>
    <message>
        <source>The register&apos;s seal is signed by key %1, not by the register&apos;s signing key %2 held by this account.</source>
        <translation>Le sceau du registre est signé par la clé %1, et non par la clé de signature du registre %2 que détient ce compte.</translation>
    </message>
    <message>
        <source>The signature of the register&apos;s seal does not match its content: the register was changed outside the program.</source>
        <translation>La signature du sceau du registre ne correspond pas à son contenu : le registre a été modifié en dehors du programme.</translation>
    </message>
</context>
<context>
    <name>HeadWitness</name>
    <message>
        <source>The audit trail no longer holds entry %1, which this account wrote last: the register was truncated or replaced by an older copy.</source>
        <translation>Le journal ne contient plus l&apos;entrée %1, la dernière écrite par ce compte : le registre a été tronqué ou remplacé par une copie plus ancienne.</translation>
    </message>
    <message>
        <source>Audit entry %1 differs from the one this account wrote: the audit trail was rewritten outside the program.</source>
        <translation>L&apos;entrée %1 du journal diffère de celle que ce compte a écrite : le journal a été réécrit en dehors du programme.</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
    <message>
        <source>The header has no column %1.</source>
        <translation>L&apos;en-tête n&apos;a pas de colonne %1.</translation>
    </message>
    <message>
        <source>The capital &quot;%1&quot; is not a whole number of dirhams.</source>
        <translation>Le capital « %1 » n&apos;est pas un nombre entier de dirhams.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD or DD/MM/YYYY).</source>
        <translation>« %1 » n&apos;est pas une date (AAAA-MM-JJ ou JJ/MM/AAAA).</translation>
    </message>
    <message>
        <source>The column %1 is required.</source>
        <translation>La colonne %1 est obligatoire.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a right: write authorization, national or international.</source>
        <translation>« %1 » n&apos;est pas un droit : écrivez authorization (autorisation), national ou international.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status: write active, suspended or revoked.</source>
        <translation>« %1 » n&apos;est pas un statut : écrivez active (en vigueur), suspended (suspendu) ou revoked (retiré).</translation>
    </message>
    <message>
        <source>No company with ICE %1 in the register.</source>
        <translation>Aucune société avec l&apos;ICE %1 dans le registre.</translation>
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
    <message>
        <source>Company #%1: the stored standing periods differ from its history (the eligibility index is stale or was edited).</source>
        <translation>Société n° %1 : les périodes de situation enregistrées diffèrent de son historique (l&apos;index d&apos;éligibilité est périmé ou a été modifié).</translation>
    </message>
    <message>
        <source>The statistics&apos; count of %1 for %2 is %3 but the register holds %4 (the yearly counts are stale or were edited).</source>
        <translation>Le décompte statistique « %1 » de l&apos;année %2 est de %3 alors que le registre en contient %4 (les décomptes annuels sont périmés ou ont été modifiés).</translation>
    </message>
</context>
<context>
    <name>Letterhead</name>
    <message>
        <source>%1 is not an image that can be printed: %2.</source>
        <translation>%1 n&apos;est pas une image imprimable : %2.</translation>
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
        <source>The title</source>
        <translation>Le titre</translation>
    </message>
    <message>
        <source>The foreign producer</source>
        <translation>Le producteur étranger</translation>
    </message>
    <message>
        <source>The country</source>
        <translation>Le pays</translation>
    </message>
    <message>
        <source>The mandate</source>
        <translation>Le mandat</translation>
    </message>
    <message>
        <source>The shooting permit</source>
        <translation>L&apos;autorisation de tournage</translation>
    </message>
    <message>
        <source>on %1: %2</source>
        <translation>le %1 : %2</translation>
    </message>
</context>
<context>
    <name>Proposal</name>
    <message>
        <source>Grant of %1 to company #%2</source>
        <translation>Octroi de %1 à la société n° %2</translation>
    </message>
    <message>
        <source>%1 of right #%2 (company #%3)</source>
        <translation>%1 du droit n° %2 (société n° %3)</translation>
    </message>
    <message>
        <source>Grant of dossier #%1 (company #%2)</source>
        <translation>Accord du dossier n° %1 (société n° %2)</translation>
    </message>
    <message>
        <source>Refusal of dossier #%1 (company #%2)</source>
        <translation>Refus du dossier n° %1 (société n° %2)</translation>
    </message>
</context>
<context>
    <name>PublishPage</name>
    <message numerus="yes">
        <source>The verification page was written into %1 with the status of %n certificate(s). Copy this folder to the web site; the page will say that its list is stale after %2, so publish it again after each day&apos;s decisions.</source>
        <translation>
            <numerusform>La page de vérification a été écrite dans %1 avec le statut de %n attestation. Copiez ce dossier sur le site web ; la page signalera que sa liste n&apos;est plus à jour après le %2 : publiez-la de nouveau après les décisions de chaque jour.</numerusform>
            <numerusform>La page de vérification a été écrite dans %1 avec le statut de %n attestations. Copiez ce dossier sur le site web ; la page signalera que sa liste n&apos;est plus à jour après le %2 : publiez-la de nouveau après les décisions de chaque jour.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder of the verification page</source>
        <translation>Dossier de la page de vérification</translation>
    </message>
    <message>
        <source>Verification page published</source>
        <translation>Page de vérification publiée</translation>
    </message>
    <message>
        <source>Verification page not published</source>
        <translation>Page de vérification non publiée</translation>
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
    <message>
        <source>Pieces dated after this receipt (not yet issued)</source>
        <translation>Pièces datées après le présent récépissé (non encore délivrées)</translation>
    </message>
    <message>
        <source>more than one year old</source>
        <translation>datée de plus d&apos;un an</translation>
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
    <name>RegisterCopy</name>
    <message>
        <source>The table %1 does not have the same columns in both registers; nothing was copied.</source>
        <translation>La table %1 n&apos;a pas les mêmes colonnes dans les deux registres ; rien n&apos;a été copié.</translation>
    </message>
</context>
<context>
    <name>RegisterSeal</name>
    <message>
        <source>The register&apos;s seal is missing: it was removed outside the program.</source>
        <translation>Le sceau du registre est absent : il a été supprimé en dehors du programme.</translation>
    </message>
    <message>
        <source>Table %1 was changed outside the program: its rows no longer match the seal of the last write.</source>
        <translation>La table %1 a été modifiée en dehors du programme : ses lignes ne correspondent plus au sceau de la dernière écriture.</translation>
    </message>
    <message>
        <source>The audit trail ends at entry %1, but the last write sealed it at entry %2: entries were added, removed or rewritten outside the program.</source>
        <translation>Le journal s&apos;arrête à l&apos;entrée %1, mais la dernière écriture l&apos;a scellé à l&apos;entrée %2 : des entrées ont été ajoutées, supprimées ou réécrites en dehors du programme.</translation>
    </message>
</context>
<context>
    <name>RestoreService</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is not empty; restore only into a new or empty file.</source>
        <translation>%1 n&apos;est pas vide ; la restauration se fait uniquement dans un fichier nouveau ou vide.</translation>
    </message>
    <message>
        <source>%1 fails the register&apos;s check and is not restored:
%2</source>
        <translation>%1 ne passe pas la vérification du registre et n&apos;est pas restauré :
%2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>%1 already exists; a backup never overwrites a file.</source>
        <translation>%1 existe déjà ; une sauvegarde n&apos;écrase jamais un fichier.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder to check %1.</source>
        <translation>Impossible de créer un dossier temporaire pour vérifier %1.</translation>
    </message>
    <message>
        <source>The register %1 is not empty; restore only into an empty register. Nothing was written.</source>
        <translation>Le registre %1 n&apos;est pas vide ; la restauration ne se fait que dans un registre vide. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The login %1 does not own the tables of %2 (%3): a restore is run by the database&apos;s owner. Nothing was written.</source>
        <translation>L&apos;identifiant %1 n&apos;est pas propriétaire des tables de %2 (%3) : une restauration est effectuée par le propriétaire de la base de données. Rien n&apos;a été écrit.</translation>
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
    <message>
        <source>The decision reference</source>
        <translation>La référence de la décision</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>Le motif</translation>
    </message>
</context>
<context>
    <name>RoleGate</name>
    <message>
        <source>signed in: %1 (%2), %3</source>
        <translation>connecté : %1 (%2), %3</translation>
    </message>
</context>
<context>
    <name>RolePolicy</name>
    <message>
        <source>clerk</source>
        <translation>agent</translation>
    </message>
    <message>
        <source>approver</source>
        <translation>approbateur</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>auditeur</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>read the register</source>
        <translation>consulter le registre</translation>
    </message>
    <message>
        <source>check the register</source>
        <translation>vérifier le registre</translation>
    </message>
    <message>
        <source>register or edit a company</source>
        <translation>inscrire ou modifier une société</translation>
    </message>
    <message>
        <source>file or change a dossier</source>
        <translation>déposer ou modifier un dossier</translation>
    </message>
    <message>
        <source>record a production</source>
        <translation>enregistrer une production</translation>
    </message>
    <message>
        <source>propose a decision</source>
        <translation>proposer une décision</translation>
    </message>
    <message>
        <source>approve or reject a proposal</source>
        <translation>approuver ou rejeter une proposition</translation>
    </message>
    <message>
        <source>issue certificates</source>
        <translation>délivrer des certificats</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>gérer les comptes</translation>
    </message>
    <message>
        <source>change the settings</source>
        <translation>modifier les paramètres</translation>
    </message>
    <message>
        <source>import into the register</source>
        <translation>importer dans le registre</translation>
    </message>
    <message>
        <source>back up the register</source>
        <translation>sauvegarder le registre</translation>
    </message>
    <message>
        <source>restore a register</source>
        <translation>restaurer un registre</translation>
    </message>
    <message>
        <source>This register has accounts: sign in to %1.</source>
        <translation>Ce registre comporte des comptes : identifiez-vous pour %1.</translation>
    </message>
    <message>
        <source>The account %1 is disabled: ask an admin.</source>
        <translation>Le compte %1 est désactivé : adressez-vous à un administrateur.</translation>
    </message>
    <message>
        <source>To %1 you need the %2 role; the account %3 has the %4 role.</source>
        <translation>Pour %1, il faut le rôle %2 ; le compte %3 a le rôle %4.</translation>
    </message>
</context>
<context>
    <name>SchemaConformity</name>
    <message>
        <source>Schema object %2 (%1) is missing from the file: it was dropped outside the program.</source>
        <translation>L&apos;objet de schéma %2 (%1) est absent du fichier : il a été supprimé en dehors du programme.</translation>
    </message>
    <message>
        <source>Schema object %2 (%1) differs from the one this program creates: it was altered outside the program.</source>
        <translation>L&apos;objet de schéma %2 (%1) diffère de celui que crée ce programme : il a été modifié en dehors du programme.</translation>
    </message>
    <message>
        <source>Schema object %2 (%1) was added to the file outside the program.</source>
        <translation>L&apos;objet de schéma %2 (%1) a été ajouté au fichier en dehors du programme.</translation>
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
    <message>
        <source>The signing key file %1 already exists; it is never overwritten.</source>
        <translation>Le fichier de clé de signature %1 existe déjà ; il n&apos;est jamais écrasé.</translation>
    </message>
    <message>
        <source>No signing key is configured (no file %1): an administrator creates or imports the CCM&apos;s key first (cinereg-cli key create, key import FILE, or Settings → Signing key).</source>
        <translation>Aucune clé de signature n&apos;est configurée (pas de fichier %1) : un administrateur crée ou importe d&apos;abord la clé du CCM (cinereg-cli key create, key import FICHIER, ou Paramètres → Clé de signature).</translation>
    </message>
    <message>
        <source>The signing key file %1 can be read by other accounts (mode %2): any of them could sign certificates. Make it readable by its owner only (chmod 600) before issuing.</source>
        <translation>Le fichier de clé de signature %1 est lisible par d&apos;autres comptes (mode %2) : n&apos;importe lequel pourrait signer des attestations. Rendez-le lisible par son seul propriétaire (chmod 600) avant de délivrer.</translation>
    </message>
    <message>
        <source>The signing key file %1 already holds another key; it is never overwritten.</source>
        <translation>Le fichier de clé de signature %1 contient déjà une autre clé ; il n&apos;est jamais écrasé.</translation>
    </message>
</context>
<context>
    <name>SigningKeyRegistry</name>
    <message>
        <source>Another public key with the id %1 is already in the register.</source>
        <translation>Une autre clé publique portant l&apos;identifiant %1 figure déjà au registre.</translation>
    </message>
    <message>
        <source>The signing key %1 (file %2) is not registered in this register: an administrator imports it first (cinereg-cli key import FILE, or Settings → Signing key).</source>
        <translation>La clé de signature %1 (fichier %2) n&apos;est pas enregistrée dans ce registre : un administrateur l&apos;importe d&apos;abord (cinereg-cli key import FICHIER, ou Paramètres → Clé de signature).</translation>
    </message>
    <message>
        <source>Public key %1 entered the register without an administrator&apos;s registration (no audited key creation or import): certificates it signs are not trusted.</source>
        <translation>La clé publique %1 est entrée dans le registre sans enregistrement par un administrateur (aucune création ni importation de clé journalisée) : les attestations qu&apos;elle signe ne sont pas reconnues.</translation>
    </message>
</context>
<context>
    <name>StandardButtonTexts</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Standing</name>
    <message>
        <source>active — not in force: authorization suspended</source>
        <translation>actif — non en vigueur : autorisation suspendue</translation>
    </message>
    <message>
        <source>active — not in force: authorization revoked</source>
        <translation>actif — non en vigueur : autorisation retirée</translation>
    </message>
    <message>
        <source>active — not in force: authorization expired</source>
        <translation>actif — non en vigueur : autorisation expirée</translation>
    </message>
    <message>
        <source>active — not in force: authorization not yet started</source>
        <translation>actif — non en vigueur : l&apos;autorisation n&apos;a pas encore pris effet</translation>
    </message>
    <message>
        <source>active — not in force: no authorization</source>
        <translation>actif — non en vigueur : aucune autorisation</translation>
    </message>
    <message>
        <source>active — not in force: authorization suspended since %1</source>
        <translation>actif — non en vigueur : autorisation suspendue depuis le %1</translation>
    </message>
    <message>
        <source>active — not in force: authorization revoked since %1</source>
        <translation>actif — non en vigueur : autorisation retirée depuis le %1</translation>
    </message>
    <message>
        <source>active — not in force: authorization expired since %1</source>
        <translation>actif — non en vigueur : autorisation expirée depuis le %1</translation>
    </message>
    <message>
        <source>active — not in force: authorization starts on %1</source>
        <translation>actif — non en vigueur : l&apos;autorisation prend effet le %1</translation>
    </message>
</context>
<context>
    <name>Standing/accreditation</name>
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
        <source>pending</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>active since %1</source>
        <translation>actif depuis le %1</translation>
    </message>
    <message>
        <source>suspended since %1</source>
        <translation>suspendu depuis le %1</translation>
    </message>
    <message>
        <source>revoked since %1</source>
        <translation>retiré depuis le %1</translation>
    </message>
    <message>
        <source>expired since %1</source>
        <translation>expiré depuis le %1</translation>
    </message>
    <message>
        <source>pending: starts on %1</source>
        <translation>à venir : prend effet le %1</translation>
    </message>
</context>
<context>
    <name>Standing/authorization</name>
    <message>
        <source>active</source>
        <translation>active</translation>
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
        <source>pending</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>active since %1</source>
        <translation>active depuis le %1</translation>
    </message>
    <message>
        <source>suspended since %1</source>
        <translation>suspendue depuis le %1</translation>
    </message>
    <message>
        <source>revoked since %1</source>
        <translation>retirée depuis le %1</translation>
    </message>
    <message>
        <source>expired since %1</source>
        <translation>expirée depuis le %1</translation>
    </message>
    <message>
        <source>pending: starts on %1</source>
        <translation>à venir : prend effet le %1</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Rights in force</source>
        <translation>Droits en vigueur</translation>
    </message>
    <message>
        <source>Rights in force by city</source>
        <translation>Droits en vigueur par ville</translation>
    </message>
    <message>
        <source>Grants, suspensions, revocations and new entrants</source>
        <translation>Octrois, suspensions, retraits et nouveaux entrants</translation>
    </message>
    <message>
        <source>Productions per year</source>
        <translation>Productions par année</translation>
    </message>
    <message>
        <source>Members per professional body</source>
        <translation>Membres par organisation professionnelle</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>International accreditations</source>
        <translation>Agréments internationaux</translation>
    </message>
    <message>
        <source>National accreditations</source>
        <translation>Agréments nationaux</translation>
    </message>
    <message>
        <source>Authorizations</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <source>Other cities</source>
        <translation>Autres villes</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Octrois</translation>
    </message>
    <message>
        <source>Suspensions</source>
        <translation>Suspensions</translation>
    </message>
    <message>
        <source>Revocations</source>
        <translation>Retraits</translation>
    </message>
    <message>
        <source>New entrants</source>
        <translation>Nouveaux entrants</translation>
    </message>
    <message>
        <source>National productions</source>
        <translation>Productions nationales</translation>
    </message>
    <message>
        <source>Foreign productions</source>
        <translation>Productions étrangères</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Kingdom of Morocco</source>
        <translation>Royaume du Maroc</translation>
    </message>
    <message>
        <source>Moroccan Cinema Center</source>
        <translation>Centre cinématographique marocain</translation>
    </message>
    <message>
        <source>Statistics of the register</source>
        <translation>Statistiques du registre</translation>
    </message>
    <message>
        <source>Rights in force on %1; years %2 to %3</source>
        <translation>Droits en vigueur le %1 ; années %2 à %3</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droit</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Professional body</source>
        <translation>Organisation professionnelle</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>National</source>
        <translation>Nationaux</translation>
    </message>
    <message>
        <source>International</source>
        <translation>Internationaux</translation>
    </message>
</context>
<context>
    <name>StatisticsService</name>
    <message>
        <source>The year (--%1) must be between %2 and %3.</source>
        <translation>L&apos;année (--%1) doit être comprise entre %2 et %3.</translation>
    </message>
    <message>
        <source>The first year (--from %1) comes after the last year (--to %2).</source>
        <translation>La première année (--from %1) est postérieure à la dernière (--to %2).</translation>
    </message>
    <message numerus="yes">
        <source>A period of at most %n years can be shown (--from, --to).</source>
        <translation>
            <numerusform>Une période d&apos;au plus %n an peut être affichée (--from, --to).</numerusform>
            <numerusform>Une période d&apos;au plus %n ans peut être affichée (--from, --to).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusList</name>
    <message>
        <source>The status list is not readable.</source>
        <translation>La liste des statuts est illisible.</translation>
    </message>
    <message>
        <source>The status list is signed with key %1, which is not published.</source>
        <translation>La liste des statuts est signée par la clé %1, qui n&apos;est pas publiée.</translation>
    </message>
    <message>
        <source>The status list&apos;s signature does not match its content: it was altered and is refused.</source>
        <translation>La signature de la liste des statuts ne correspond pas à son contenu : la liste a été altérée et elle est refusée.</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>without limit</source>
        <translation>sans limitation de durée</translation>
    </message>
    <message>
        <source>authorization</source>
        <translation>autorisation</translation>
    </message>
    <message>
        <source>national accreditation</source>
        <translation>agrément national</translation>
    </message>
    <message>
        <source>international accreditation</source>
        <translation>agrément international</translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <source>%1 is too long: %2 characters, at most %3.</source>
        <translation>%1 : trop long (%2 caractères, au plus %3).</translation>
    </message>
    <message>
        <source>%1 contains U+FFFD, the mark of text that was not valid UTF-8; type it again.</source>
        <translation>%1 : contient U+FFFD, la trace d&apos;un texte qui n&apos;était pas en UTF-8 valide ; saisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>%1 contains a bidirectional control character (%2), which would make it read differently from what is stored.</source>
        <translation>%1 : contient un caractère de contrôle bidirectionnel (%2), qui le ferait lire autrement que ce qui est enregistré.</translation>
    </message>
    <message>
        <source>%1 contains a control character (%2, e.g. a line break, a tab or an escape); only printable text is allowed.</source>
        <translation>%1 : contient un caractère de contrôle (%2, par exemple un saut de ligne, une tabulation ou un échappement) ; seul du texte imprimable est admis.</translation>
    </message>
    <message>
        <source>%1 has no visible letter or digit.</source>
        <translation>%1 : ne contient aucune lettre ni aucun chiffre visible.</translation>
    </message>
</context>
<context>
    <name>VerificationPagePublisher</name>
    <message>
        <source>The verification page could not be written into %1: %2.</source>
        <translation>La page de vérification n&apos;a pas pu être écrite dans %1 : %2.</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>le dossier ne peut pas être créé</translation>
    </message>
    <message>
        <source>the program&apos;s copy of %1 is missing</source>
        <translation>la copie de %1 fournie avec le programme est introuvable</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>The file is not a readable XLSX workbook.</source>
        <translation>Le fichier n&apos;est pas un classeur XLSX lisible.</translation>
    </message>
    <message>
        <source>The sheet is empty: a header row naming the columns is required.</source>
        <translation>La feuille est vide : une ligne d&apos;en-tête nommant les colonnes est requise.</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d&apos;écrire %1 : %2.</translation>
    </message>
    <message>
        <source>the workbook cannot be created</source>
        <translation>le classeur ne peut pas être créé</translation>
    </message>
</context>
<context>
    <name>cinereg::ui::AccountsDialog</name>
    <message>
        <source>New account…</source>
        <translation>Nouveau compte…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Change the role</source>
        <translation>Changer le rôle</translation>
    </message>
    <message>
        <source>New password…</source>
        <translation>Nouveau mot de passe…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Créé par</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <source>Select an account in the list.</source>
        <translation>Sélectionnez un compte dans la liste.</translation>
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
    <message>
        <source>Propose the decision</source>
        <translation>Proposer la décision</translation>
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
    <name>cinereg::ui::ApprovalView</name>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Proposée par</translation>
    </message>
    <message>
        <source>Proposed on</source>
        <translation>Proposée le</translation>
    </message>
    <message>
        <source>The selected proposal</source>
        <translation>La proposition sélectionnée</translation>
    </message>
    <message>
        <source>Rule check as of today</source>
        <translation>Contrôle des règles à ce jour</translation>
    </message>
    <message>
        <source>Reason for rejecting</source>
        <translation>Motif du rejet</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) awaiting approval</source>
        <translation>
            <numerusform>%n proposition en attente d&apos;approbation</numerusform>
            <numerusform>%n propositions en attente d&apos;approbation</numerusform>
        </translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>Société : %1</translation>
    </message>
    <message>
        <source>Decision reference: %1</source>
        <translation>Référence de la décision : %1</translation>
    </message>
    <message>
        <source>Takes effect on: %1</source>
        <translation>Prend effet le : %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <source>Proposed by %1 on %2</source>
        <translation>Proposée par %1 le %2</translation>
    </message>
    <message>
        <source>Select a proposal in the list.</source>
        <translation>Sélectionnez une proposition dans la liste.</translation>
    </message>
    <message>
        <source>The rules hold today: approving it puts it into effect.</source>
        <translation>Les règles sont respectées à ce jour : l&apos;approuver la fait entrer en vigueur.</translation>
    </message>
    <message>
        <source>Proposal %1 approved: the decision is in effect.</source>
        <translation>Proposition n° %1 approuvée : la décision est en vigueur.</translation>
    </message>
    <message>
        <source>Proposal %1 approved: the decision is in effect (%2).</source>
        <translation>Proposition n° %1 approuvée : la décision est en vigueur (%2).</translation>
    </message>
    <message>
        <source>Proposal %1 rejected.</source>
        <translation>Proposition n° %1 rejetée.</translation>
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
        <source>From</source>
        <translation>Du</translation>
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
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Attestations</translation>
    </message>
    <message>
        <source>Click a right to renew, suspend, reinstate or revoke it.</source>
        <translation>Cliquez sur un droit pour le renouveler, le suspendre, le rétablir ou le retirer.</translation>
    </message>
    <message>
        <source>Nothing to save: no field has been changed.</source>
        <translation>Rien à enregistrer : aucun champ n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Awaiting approval, not in force: proposal %1 — %2 (proposed by %3)</source>
        <translation>En attente d&apos;approbation, pas en vigueur : proposition n° %1 — %2 (proposée par %3)</translation>
    </message>
</context>
<context>
    <name>cinereg::ui::CompanyPicker</name>
    <message>
        <source>Type a name, an ICE or an RC number; Down lists the companies</source>
        <translation>Saisissez un nom, un ICE ou un numéro RC ; la flèche bas affiche la liste des sociétés</translation>
    </message>
    <message>
        <source>no authorization</source>
        <translation>sans autorisation</translation>
    </message>
    <message>
        <source>No company matches.</source>
        <translation>Aucune société ne correspond.</translation>
    </message>
</context>
<context>
    <name>cinereg::ui::ConnectDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>e.g. registre.ccm.local</source>
        <translation>p. ex. registre.ccm.local</translation>
    </message>
    <message>
        <source>e.g. cinereg</source>
        <translation>p. ex. cinereg</translation>
    </message>
    <message>
        <source>your login on the server</source>
        <translation>votre identifiant sur le serveur</translation>
    </message>
    <message>
        <source>The register of the office is kept on a PostgreSQL server. cinereg never stores a password: it is read from ~/.pgpass, or asked for when the server needs one.</source>
        <translation>Le registre du service est tenu sur un serveur PostgreSQL. cinereg n&apos;enregistre jamais de mot de passe : il est lu dans ~/.pgpass, ou demandé lorsque le serveur en exige un.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>Se c&amp;onnecter</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>%1: required.</source>
        <translation>%1 : obligatoire.</translation>
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
    <message>
        <source>Standing today</source>
        <translation>Situation aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Sociétés</translation>
    </message>
    <message>
        <source>Authorized companies</source>
        <translation>Sociétés autorisées</translation>
    </message>
    <message>
        <source>National accreditations in force</source>
        <translation>Agréments nationaux en vigueur</translation>
    </message>
    <message>
        <source>International accreditations in force</source>
        <translation>Agréments internationaux en vigueur</translation>
    </message>
    <message>
        <source>Open dossiers</source>
        <translation>Dossiers en cours</translation>
    </message>
    <message>
        <source>Overdue dossiers</source>
        <translation>Dossiers en retard</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>%1 (renewal)</source>
        <translation>%1 (renouvellement)</translation>
    </message>
    <message>
        <source>Decisions awaiting approval</source>
        <translation>Décisions en attente d&apos;approbation</translation>
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
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation>Enregistrer la décision</translation>
    </message>
    <message>
        <source>These accreditations will no longer be in force from %1:
%2</source>
        <translation>Ces agréments ne seront plus en vigueur à partir du %1 :
%2</translation>
    </message>
    <message>
        <source>Propose the decision</source>
        <translation>Proposer la décision</translation>
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
    <message>
        <source>Record a production…</source>
        <translation>Enregistrer une production…</translation>
    </message>
    <message>
        <source>Records a production of this kind and these dates executed by the company selected in the list</source>
        <translation>Enregistre une production de ce type, à ces dates, exécutée par la société sélectionnée dans la liste</translation>
    </message>
</context>
<context>
    <name>cinereg::ui::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Companies with their standing</source>
        <translation>Sociétés avec leur situation</translation>
    </message>
    <message>
        <source>Members of a professional body</source>
        <translation>Membres d&apos;un organisme professionnel</translation>
    </message>
    <message>
        <source>Authorizations and accreditations</source>
        <translation>Autorisations et agréments</translation>
    </message>
    <message>
        <source>List:</source>
        <translation>Liste :</translation>
    </message>
    <message>
        <source>Professional body:</source>
        <translation>Organisme professionnel :</translation>
    </message>
    <message>
        <source>All companies</source>
        <translation>Toutes les sociétés</translation>
    </message>
    <message>
        <source>Right in force:</source>
        <translation>Droit en vigueur :</translation>
    </message>
    <message>
        <source>Standing on:</source>
        <translation>Situation au :</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n ligne écrite dans %1.</numerusform>
            <numerusform>%n lignes écrites dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cinereg::ui::ImportDialog</name>
    <message>
        <source>Import companies</source>
        <translation>Importer des sociétés</translation>
    </message>
    <message>
        <source>Import rights</source>
        <translation>Importer des droits</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Aucun fichier choisi.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>First rows of the sheet:</source>
        <translation>Premières lignes du tableau :</translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>Lignes rejetées :</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Import the valid rows and leave out the rejected ones</source>
        <translation>Importer les lignes valides et laisser de côté les lignes rejetées</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Sheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Tableaux (*.csv *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported.</source>
        <translation>
            <numerusform>%n ligne importée.</numerusform>
            <numerusform>%n lignes importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Importation annulée : rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>Vérification annulée.</translation>
    </message>
    <message numerus="yes">
        <source>Every row is valid: %n row(s) ready to import.</source>
        <translation>
            <numerusform>Toutes les lignes sont valides : %n ligne prête à importer.</numerusform>
            <numerusform>Toutes les lignes sont valides : %n lignes prêtes à importer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected (see why above); fix them in the sheet and choose it again, or import only the valid rows.</source>
        <translation>
            <numerusform>%n ligne rejetée (motif ci-dessus) ; corrigez-la dans le tableau et choisissez-le à nouveau, ou importez seulement les lignes valides.</numerusform>
            <numerusform>%n lignes rejetées (motifs ci-dessus) ; corrigez-les dans le tableau et choisissez-le à nouveau, ou importez seulement les lignes valides.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a file: its rows are checked before anything is imported.</source>
        <translation>Choisissez un fichier : ses lignes sont vérifiées avant toute importation.</translation>
    </message>
</context>
<context>
    <name>cinereg::ui::LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>cinereg — sign in</source>
        <translation>cinereg — connexion</translation>
    </message>
    <message>
        <source>This register has accounts: sign in to work on it.
%1</source>
        <translation>Ce registre comporte des comptes : connectez-vous pour y travailler.
%1</translation>
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
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Open the &amp;demonstration register</source>
        <translation>Ouvrir le registre de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Import companies…</source>
        <translation>&amp;Importer des sociétés…</translation>
    </message>
    <message>
        <source>Import &amp;rights…</source>
        <translation>Importer des &amp;droits…</translation>
    </message>
    <message>
        <source>&amp;Export companies…</source>
        <translation>&amp;Exporter les sociétés…</translation>
    </message>
    <message>
        <source>Export a &amp;body&apos;s members…</source>
        <translation>Exporter les membres d&apos;un &amp;organisme…</translation>
    </message>
    <message>
        <source>Export ri&amp;ghts…</source>
        <translation>Exporter les dro&amp;its…</translation>
    </message>
    <message>
        <source>&amp;Publish the verification page…</source>
        <translation>&amp;Publier la page de vérification…</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>&amp;Statistiques</translation>
    </message>
    <message>
        <source>Demonstration register</source>
        <translation>Registre de démonstration</translation>
    </message>
    <message>
        <source>The demonstration register could not be started.</source>
        <translation>Le registre de démonstration n&apos;a pas pu être lancé.</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>En attente d&apos;approbation</translation>
    </message>
    <message>
        <source>Awaiting approval (%1)</source>
        <translation>En attente d&apos;approbation (%1)</translation>
    </message>
    <message>
        <source>&amp;Connect to a server…</source>
        <translation>Se &amp;connecter à un serveur…</translation>
    </message>
    <message>
        <source>Recent ser&amp;vers</source>
        <translation>Ser&amp;veurs récents</translation>
    </message>
    <message>
        <source>&amp;Open a register file…</source>
        <translation>&amp;Ouvrir un fichier de registre…</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Comptes…</translation>
    </message>
    <message>
        <source>Create the first &amp;account…</source>
        <translation>Créer le premier &amp;compte…</translation>
    </message>
    <message>
        <source>&amp;Awaiting approval</source>
        <translation>&amp;En attente d&apos;approbation</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Aujourd&apos;hui : %1</translation>
    </message>
    <message>
        <source>Create the first account</source>
        <translation>Créer le premier compte</translation>
    </message>
    <message>
        <source>Creating the first account ends single-user mode for good: from then on everyone signs in, and every decision takes effect only once a second person has approved it. The first account is an admin. Continue?</source>
        <translation>La création du premier compte met fin définitivement au mode mono-utilisateur : dès lors, chacun se connecte, et toute décision ne prend effet qu&apos;après l&apos;approbation d&apos;une seconde personne. Le premier compte est un compte administrateur. Continuer ?</translation>
    </message>
    <message>
        <source>Open a register file</source>
        <translation>Ouvrir un fichier de registre</translation>
    </message>
    <message>
        <source>cinereg registers (*.cinereg);;All files (*)</source>
        <translation>Registres cinereg (*.cinereg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The server of the register cannot be reached; cinereg keeps trying to connect again.</source>
        <translation>Le serveur du registre est injoignable ; cinereg continue d&apos;essayer de s&apos;y reconnecter.</translation>
    </message>
</context>
<context>
    <name>cinereg::ui::NewAccountDialog</name>
    <message>
        <source>The first account</source>
        <translation>Le premier compte</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>This register is in single-user mode. Its first account is an admin, and creating it ends single-user mode for good: from then on everyone signs in, and every decision takes effect only once a second person has approved it.</source>
        <translation>Ce registre est en mode mono-utilisateur. Son premier compte est un compte administrateur, et sa création met fin définitivement au mode mono-utilisateur : dès lors, chacun se connecte, et toute décision ne prend effet qu&apos;après l&apos;approbation d&apos;une seconde personne.</translation>
    </message>
    <message>
        <source>The first account of a register must be an admin.</source>
        <translation>Le premier compte d&apos;un registre doit être un compte administrateur.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Confirmation du mot de passe</translation>
    </message>
    <message numerus="yes">
        <source>at least %n character(s)</source>
        <translation>
            <numerusform>au moins %n caractère</numerusform>
            <numerusform>au moins %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the account</source>
        <translation>Créer le compte</translation>
    </message>
    <message>
        <source>Password again: the two passwords differ.</source>
        <translation>Confirmation du mot de passe : les deux mots de passe diffèrent.</translation>
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
        <source>next REC-YEAR-NNNN</source>
        <translation>prochain REC-ANNÉE-NNNN</translation>
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
        <source>Company: choose it in the list (type its name, ICE or RC).</source>
        <translation>Société : choisissez-la dans la liste (saisissez son nom, son ICE ou son RC).</translation>
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
        <comment>button: record the new company in the register</comment>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>cinereg::ui::PasswordDialog</name>
    <message>
        <source>New password for %1</source>
        <translation>Nouveau mot de passe pour %1</translation>
    </message>
    <message numerus="yes">
        <source>at least %n character(s)</source>
        <translation>
            <numerusform>au moins %n caractère</numerusform>
            <numerusform>au moins %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Confirmation du mot de passe</translation>
    </message>
    <message>
        <source>Change the password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>Password again: the two passwords differ.</source>
        <translation>Confirmation du mot de passe : les deux mots de passe diffèrent.</translation>
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
    <message>
        <source>Looking for the companies that may execute it…</source>
        <translation>Recherche des sociétés qui peuvent l&apos;exécuter…</translation>
    </message>
    <message>
        <source>Executing company: choose it in the list (type its name, ICE or RC).</source>
        <translation>Société exécutante : choisissez-la dans la liste (saisissez son nom, son ICE ou son RC).</translation>
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
    <message>
        <source>Search: title, company, ICE, producer, mandate or permit reference</source>
        <translation>Recherche : titre, société, ICE, producteur, référence du mandat ou de l&apos;autorisation</translation>
    </message>
    <message>
        <source>Search the productions</source>
        <translation>Rechercher dans les productions</translation>
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
    <name>cinereg::ui::RegisterSession</name>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>The server asks for the password of %1 (it is used for this session only and never stored):</source>
        <translation>Le serveur demande le mot de passe de %1 (il ne sert que pour cette session et n&apos;est jamais enregistré) :</translation>
    </message>
    <message>
        <source>The register could not be opened</source>
        <translation>Le registre n&apos;a pas pu être ouvert</translation>
    </message>
    <message>
        <source>The server refused the login or its password (%1).</source>
        <translation>Le serveur a refusé l&apos;identifiant ou son mot de passe (%1).</translation>
    </message>
    <message>
        <source>The server cannot be reached or refused the connection.</source>
        <translation>Le serveur est injoignable ou a refusé la connexion.</translation>
    </message>
    <message>
        <source>The register that was open stays open.</source>
        <translation>Le registre qui était ouvert le reste.</translation>
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
        <source>The register is empty. Register a company with Register → New company (Ctrl+N); to explore first, open Register → Open the demonstration register.</source>
        <translation>Le registre est vide. Enregistrez une société par Registre → Nouvelle société (Ctrl+N) ; pour découvrir le programme, ouvrez Registre → Ouvrir le registre de démonstration.</translation>
    </message>
</context>
<context>
    <name>cinereg::ui::RightCard</name>
    <message>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <source>Valid from %1 until %2</source>
        <translation>Valable du %1 au %2</translation>
    </message>
    <message>
        <source>Valid from %1, without limit of duration</source>
        <translation>Valable à partir du %1, sans limitation de durée</translation>
    </message>
    <message>
        <source>Last decision: %1</source>
        <translation>Dernière décision : %1</translation>
    </message>
    <message numerus="yes">
        <source>History (%n decision(s))</source>
        <translation>
            <numerusform>Historique (%n décision)</numerusform>
            <numerusform>Historique (%n décisions)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>ref. %1</source>
        <translation>réf. %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>motif : %1</translation>
    </message>
    <message>
        <source>entered by %1 on %2</source>
        <translation>saisie par %1 le %2</translation>
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
    <message>
        <source>Create the signing key…</source>
        <translation>Créer la clé de signature…</translation>
    </message>
    <message>
        <source>Import a signing key…</source>
        <translation>Importer une clé de signature…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Create the signing key</source>
        <translation>Créer la clé de signature</translation>
    </message>
    <message>
        <source>Create a new signing key for the CCM? Every certificate will be signed with it. Do this once; other workstations import that key.</source>
        <translation>Créer une nouvelle clé de signature pour le CCM ? Toutes les attestations seront signées avec elle. À faire une seule fois ; les autres postes importent cette clé.</translation>
    </message>
    <message>
        <source>Import a signing key</source>
        <translation>Importer une clé de signature</translation>
    </message>
    <message>
        <source>Choose an image…</source>
        <translation>Choisir une image…</translation>
    </message>
    <message>
        <source>Letterhead of the certificates</source>
        <translation>En-tête des attestations</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.svg)</translation>
    </message>
    <message>
        <source>Place of issue in Arabic</source>
        <translation>Lieu de délivrance en arabe</translation>
    </message>
    <message>
        <source>Verification address printed on certificates</source>
        <translation>Adresse de vérification imprimée sur les attestations</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Clé de signature</translation>
    </message>
    <message>
        <source>Certificates are signed with key %1.</source>
        <translation>Les attestations sont signées avec la clé %1.</translation>
    </message>
    <message>
        <source>None: certificates print no emblem.</source>
        <translation>Aucun : les attestations ne portent pas d&apos;emblème.</translation>
    </message>
</context>
<context>
    <name>cinereg::ui::StatisticsView</name>
    <message>
        <source>Rights in force on</source>
        <translation>Droits en vigueur le</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Print the report…</source>
        <translation>Imprimer le rapport…</translation>
    </message>
    <message>
        <source>Report in French (PDF)…</source>
        <translation>Rapport en français (PDF)…</translation>
    </message>
    <message>
        <source>Report in Arabic (PDF)…</source>
        <translation>Rapport en arabe (PDF)…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>The register could not be read.</source>
        <translation>Le registre n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>The image could not be written to %1.</source>
        <translation>L&apos;image n&apos;a pas pu être écrite dans %1.</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be written to %1.</source>
        <translation>Le rapport n&apos;a pas pu être écrit dans %1.</translation>
    </message>
</context>
<context>
    <name>cinereg::ui::StorageFailureBar</name>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>%1 Nothing you typed is lost.</source>
        <translation>%1 Rien de ce que vous avez saisi n&apos;est perdu.</translation>
    </message>
</context>
<context>
    <name>cinereg::ui::ValidityEndEdit</name>
    <message>
        <source>Without limit of duration</source>
        <translation>Sans limitation de durée</translation>
    </message>
    <message>
        <source>Until the day chosen</source>
        <translation>Jusqu&apos;à la date choisie</translation>
    </message>
    <message>
        <source>Default term (until %1)</source>
        <translation>Durée par défaut (jusqu&apos;au %1)</translation>
    </message>
    <message>
        <source>Default term (none: without limit)</source>
        <translation>Durée par défaut (aucune : sans limitation de durée)</translation>
    </message>
</context>
<context>
    <name>cinereg::ui::VerifyDialog</name>
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
    <message>
        <source>Valid from %1 until %2</source>
        <translation>Valable du %1 au %2</translation>
    </message>
    <message>
        <source>Valid from %1, without limit of duration</source>
        <translation>Valable du %1, sans limitation de durée</translation>
    </message>
    <message>
        <source>Number: %1&lt;br/&gt;ICE: %2&lt;br/&gt;%3&lt;br/&gt;%4&lt;br/&gt;Issued on %5</source>
        <translation>Numéro : %1&lt;br/&gt;ICE : %2&lt;br/&gt;%3&lt;br/&gt;%4&lt;br/&gt;Délivrée le %5</translation>
    </message>
</context>
<context>
    <name>ui::RegisterSession</name>
    <message>
        <source>The register could not be opened</source>
        <translation>Le registre n&apos;a pas pu être ouvert</translation>
    </message>
</context>
</TS>
