<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AccountIntegrity</name>
    <message>
        <source>Account %1 was inserted outside the program: the audit trail never created it.</source>
        <translation>أُدرج الحساب %1 خارج البرنامج: لم يُسجَّل إنشاؤه قط في سجل التدقيق.</translation>
    </message>
    <message>
        <source>Account %1 was renamed outside the program (created as %2).</source>
        <translation>غُيّر اسم الحساب %1 خارج البرنامج (أُنشئ باسم %2).</translation>
    </message>
    <message>
        <source>Account %1 has the role %2 in the table but %3 in the audit trail: its role was changed outside the program.</source>
        <translation>للحساب %1 الدور %2 في الجدول لكن الدور %3 في سجل التدقيق: غُيّر دوره خارج البرنامج.</translation>
    </message>
    <message>
        <source>Account %1 is active in the table but was disabled: it was enabled outside the program.</source>
        <translation>الحساب %1 نشط في الجدول مع أنه عُطّل: أُعيد تفعيله خارج البرنامج.</translation>
    </message>
    <message>
        <source>Account %1 is disabled in the table but was never disabled: it was changed outside the program.</source>
        <translation>الحساب %1 معطّل في الجدول مع أنه لم يُعطَّل قط: عُدّل خارج البرنامج.</translation>
    </message>
    <message>
        <source>Account %1&apos;s password hash was replaced outside the program.</source>
        <translation>استُبدلت بصمة كلمة مرور الحساب %1 خارج البرنامج.</translation>
    </message>
    <message>
        <source>Account %1 was deleted outside the program.</source>
        <translation>حُذف الحساب %1 خارج البرنامج.</translation>
    </message>
    <message>
        <source>Proposal #%1 was decided by its own proposer %2: four eyes were bypassed outside the program.</source>
        <translation>بُتّ في المقترح رقم %1 من طرف صاحبه %2 نفسه: جرى الالتفاف على مبدأ المراقبة المزدوجة خارج البرنامج.</translation>
    </message>
    <message>
        <source>Proposal #%1 was inserted outside the program: the audit trail never recorded it.</source>
        <translation>أُدرج المقترح رقم %1 خارج البرنامج: لم يُسجَّل قط في سجل التدقيق.</translation>
    </message>
    <message>
        <source>Proposal #%1 names %2 as proposer, but %3 proposed it: it was changed outside the program.</source>
        <translation>يذكر المقترح رقم %1 أن صاحبه %2، بينما قدّمه %3: عُدّل خارج البرنامج.</translation>
    </message>
    <message>
        <source>Proposal #%1 is %2 in the table but %3 in the audit trail: its decision was changed outside the program.</source>
        <translation>حالة المقترح رقم %1 «%2» في الجدول لكنها «%3» في سجل التدقيق: عُدّل البتّ فيه خارج البرنامج.</translation>
    </message>
    <message>
        <source>Proposal #%1 was deleted outside the program.</source>
        <translation>حُذف المقترح رقم %1 خارج البرنامج.</translation>
    </message>
    <message>
        <source>Decision #%1 on %2, entered by %3 after accounts existed, has no approved proposal: it was inserted outside the program.</source>
        <translation>القرار رقم %1 بشأن %2، الذي أدخله %3 بعد إحداث الحسابات، لا يستند إلى أي مقترح مصادق عليه: أُدرج خارج البرنامج.</translation>
    </message>
    <message>
        <source>Decision #%1 on %2 comes from proposal #%3, which was never approved: it was inserted outside the program.</source>
        <translation>القرار رقم %1 بشأن %2 صادر عن المقترح رقم %3 الذي لم تتم المصادقة عليه قط: أُدرج خارج البرنامج.</translation>
    </message>
    <message>
        <source>Decision #%1 on %2 was entered by %3, who also proposed it: four eyes were bypassed outside the program.</source>
        <translation>أدخل %3 القرار رقم %1 بشأن %2 وهو نفسه من اقترحه: جرى الالتفاف على مبدأ المراقبة المزدوجة خارج البرنامج.</translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <source>The password is required.</source>
        <translation>كلمة المرور إلزامية.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>يجب أن تتضمن كلمة المرور %1 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>The password must have at most 1024 characters.</source>
        <translation>يجب ألا تتجاوز كلمة المرور 1024 حرفًا.</translation>
    </message>
    <message>
        <source>The first account of a register must be an admin: it ends single-user mode and manages the others.</source>
        <translation>يجب أن يكون الحساب الأول في السجل حساب مدير: فهو ينهي وضع المستخدم الواحد ويدير باقي الحسابات.</translation>
    </message>
    <message>
        <source>The login is required.</source>
        <translation>اسم الدخول إلزامي.</translation>
    </message>
    <message>
        <source>The login must have 2 to 32 characters among a-z, 0-9, dot, hyphen and underscore.</source>
        <translation>يجب أن يتكون اسم الدخول من 2 إلى 32 حرفًا من بين a-z و0-9 والنقطة والواصلة والشرطة السفلية.</translation>
    </message>
    <message>
        <source>The full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>The login %1 is already taken (accounts are never deleted).</source>
        <translation>اسم الدخول %1 مستعمل من قبل (لا تُحذف الحسابات أبدًا).</translation>
    </message>
    <message>
        <source>No account %1.</source>
        <translation>لا يوجد حساب %1.</translation>
    </message>
    <message>
        <source>%1 is the last active admin: enable or appoint another admin first.</source>
        <translation>%1 هو آخر مدير نشط: يُرجى أولًا تفعيل مدير آخر أو تعيينه.</translation>
    </message>
    <message>
        <source>%1 is the last active admin: appoint another admin first.</source>
        <translation>%1 هو آخر مدير نشط: يُرجى أولًا تعيين مدير آخر.</translation>
    </message>
    <message>
        <source>Unknown login or wrong password.</source>
        <translation>اسم دخول غير معروف أو كلمة مرور خاطئة.</translation>
    </message>
    <message>
        <source>The account %1 is disabled: ask an admin.</source>
        <translation>الحساب %1 معطّل: يُرجى مراجعة المدير.</translation>
    </message>
    <message>
        <source>On a server register, sign in with the account of your server login (%1).</source>
        <translation>في سجل على الخادم، يجب تسجيل الدخول بالحساب الذي يحمل اسم دخولك إلى الخادم (%1).</translation>
    </message>
    <message>
        <source>The server has no login %1, and yours may not create logins (CREATEROLE): ask the server&apos;s administrator to create it first.</source>
        <translation>لا يتوفر الخادم على حساب الدخول %1، وحسابك لا يملك صلاحية إنشاء حسابات الدخول (CREATEROLE): اطلب أولاً من مسؤول الخادم إنشاءه.</translation>
    </message>
</context>
<context>
    <name>ApplicationNames</name>
    <message>
        <source>open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>مسحوب من طرف الشركة</translation>
    </message>
    <message>
        <source>statutes (purpose including film production)</source>
        <translation>النظام الأساسي (يتضمن غرضه الإنتاج السينمائي)</translation>
    </message>
    <message>
        <source>proof of the registered office</source>
        <translation>ما يثبت المقر الاجتماعي</translation>
    </message>
    <message>
        <source>bank certificate of fully paid capital</source>
        <translation>شهادة بنكية تثبت تحرير رأس المال</translation>
    </message>
    <message>
        <source>tax-regularity certificate</source>
        <translation>شهادة الوضعية الجبائية القانونية</translation>
    </message>
    <message>
        <source>CNSS-regularity certificate</source>
        <translation>شهادة الوضعية القانونية إزاء الصندوق الوطني للضمان الاجتماعي</translation>
    </message>
    <message>
        <source>manager&apos;s CNIE or residence permit</source>
        <translation>البطاقة الوطنية للتعريف الإلكترونية أو بطاقة إقامة المسير</translation>
    </message>
    <message>
        <source>proof of capital</source>
        <translation>ما يثبت رأس المال</translation>
    </message>
    <message>
        <source>list of the films already produced</source>
        <translation>لائحة الأفلام المنتجة</translation>
    </message>
    <message>
        <source>renewal of the authorization to carry out production activity</source>
        <translation>تجديد رخصة مزاولة نشاط الإنتاج</translation>
    </message>
    <message>
        <source>renewal of the national production execution accreditation</source>
        <translation>تجديد اعتماد تنفيذ الإنتاج الوطني</translation>
    </message>
    <message>
        <source>renewal of the international production execution accreditation</source>
        <translation>تجديد اعتماد تنفيذ الإنتاج الدولي</translation>
    </message>
</context>
<context>
    <name>ApplicationService</name>
    <message>
        <source>No company #%1.</source>
        <translation>لا توجد شركة برقم %1.</translation>
    </message>
    <message>
        <source>The date the dossier was received is required.</source>
        <translation>تاريخ تسلم الملف إلزامي.</translation>
    </message>
    <message>
        <source>A dossier cannot be received in the future (%1; today is %2).</source>
        <translation>لا يمكن تسلم ملف في تاريخ لاحق (%1؛ تاريخ اليوم %2).</translation>
    </message>
    <message>
        <source>Receipt %1 is already used by another dossier.</source>
        <translation>وصل الإيداع %1 مستعمل لملف آخر.</translation>
    </message>
    <message>
        <source>%1 holds no %2 that could be renewed.</source>
        <translation>لا تتوفر %1 على أي حق من نوع «%2» قابل للتجديد.</translation>
    </message>
    <message>
        <source>No dossier #%1.</source>
        <translation>لا يوجد ملف برقم %1.</translation>
    </message>
    <message>
        <source>Dossier %1 is already closed (%2 on %3).</source>
        <translation>الملف %1 مغلق سلفا (%2 بتاريخ %3).</translation>
    </message>
    <message>
        <source>The attached file needs a name.</source>
        <translation>يجب أن يحمل الملف المرفق اسما.</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>الملف %1 فارغ.</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MB.</source>
        <translation>حجم الملف %1 يتجاوز %2 ميغابايت.</translation>
    </message>
    <message>
        <source>The date the piece bears is required.</source>
        <translation>تاريخ الوثيقة إلزامي.</translation>
    </message>
    <message>
        <source>A piece cannot be dated in the future (%1; today is %2).</source>
        <translation>لا يمكن أن تحمل الوثيقة تاريخا لاحقا (%1؛ تاريخ اليوم %2).</translation>
    </message>
    <message>
        <source>The dossier holds no %1.</source>
        <translation>لا يتضمن الملف وثيقة «%1».</translation>
    </message>
    <message>
        <source>Record the %1 (with its date) before attaching its scan.</source>
        <translation>سجل الوثيقة «%1» (مع تاريخها) قبل إرفاق نسختها الممسوحة.</translation>
    </message>
    <message>
        <source>The decision reference is required.</source>
        <translation>مرجع المقرر إلزامي.</translation>
    </message>
    <message>
        <source>A refusal must state its reason.</source>
        <translation>يجب تعليل الرفض.</translation>
    </message>
    <message>
        <source>The company holds no %1 that could be renewed.</source>
        <translation>لا تتوفر الشركة على أي حق من نوع «%1» قابل للتجديد.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Audit entry %1 does not follow the entry before it (an entry was removed or inserted).</source>
        <translation>القيد %1 في السجل لا يلي القيد السابق (تم حذف قيد أو إدراجه).</translation>
    </message>
    <message>
        <source>Audit entry %1 was altered.</source>
        <translation>تم تغيير القيد %1 في السجل.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>%1 already exists; a backup never overwrites a file.</source>
        <translation>%1 موجود مسبقاً؛ النسخة الاحتياطية لا تستبدل أي ملف.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>تعذّر إنشاء %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1 as a register: %2</source>
        <translation>تعذّرت قراءة %1 بوصفه سجلاً: %2</translation>
    </message>
    <message>
        <source>A register on a server is backed up by the server&apos;s administrator with pg_dump; nothing was written.</source>
        <translation>يتولى مدير الخادم الحفظ الاحتياطي لسجل موجود على خادم بواسطة pg_dump؛ لم تتم كتابة أي شيء.</translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <source>KINGDOM OF MOROCCO</source>
        <translation>المملكة المغربية</translation>
    </message>
    <message>
        <source>Moroccan Cinema Centre</source>
        <translation>المركز السينمائي المغربي</translation>
    </message>
    <message>
        <source>CERTIFICATE OF ACCREDITATION</source>
        <translation>شهادة الاعتماد</translation>
    </message>
    <message>
        <source>National production execution accreditation</source>
        <translation>اعتماد تنفيذ الإنتاج الوطني</translation>
    </message>
    <message>
        <source>International production execution accreditation</source>
        <translation>اعتماد تنفيذ الإنتاج الدولي</translation>
    </message>
    <message>
        <source>Certificate No.</source>
        <translation>شهادة رقم</translation>
    </message>
    <message>
        <source>The Director of the Moroccan Cinema Centre certifies that the company named below holds the accreditation stated above.</source>
        <translation>يشهد مدير المركز السينمائي المغربي بأن الشركة المبينة أدناه حاصلة على الاعتماد المذكور أعلاه.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>الشكل القانوني</translation>
    </message>
    <message>
        <source>Registered office</source>
        <translation>المقر الاجتماعي</translation>
    </message>
    <message>
        <source>Trade register</source>
        <translation>السجل التجاري</translation>
    </message>
    <message>
        <source>ICE</source>
        <translation>التعريف الموحد للمقاولة (ICE)</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>المسير</translation>
    </message>
    <message>
        <source>Accreditation No.</source>
        <translation>رقم الاعتماد</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>المقرر</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 بتاريخ %2</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>صالح ابتداء من</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>صالح إلى غاية</translation>
    </message>
    <message>
        <source>without limit of duration</source>
        <translation>بدون تحديد المدة</translation>
    </message>
    <message>
        <source>Done at %1, on %2</source>
        <translation>حرر في %1 بتاريخ %2</translation>
    </message>
    <message>
        <source>The Director of the Moroccan Cinema Centre</source>
        <translation>مدير المركز السينمائي المغربي</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>رمز التحقق</translation>
    </message>
    <message>
        <source>DUPLICATE</source>
        <translation>نظير</translation>
    </message>
    <message>
        <source>Scan the QR code or enter the code at %1 to check that this certificate is genuine and still valid.</source>
        <translation>امسح رمز QR أو أدخل الرمز على %1 للتحقق من صحة هذه الشهادة ومن سريان مفعولها.</translation>
    </message>
    <message>
        <source>Scan the QR code or give the code to the Moroccan Cinema Centre to check that this certificate is genuine and still valid.</source>
        <translation>امسح رمز QR أو قدّم الرمز إلى المركز السينمائي المغربي للتحقق من صحة هذه الشهادة ومن سريان مفعولها.</translation>
    </message>
    <message>
        <source>PREVIEW</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>Preview: not issued, no number, not valid</source>
        <translation>معاينة: غير مسلّمة، بدون رقم، لا قيمة لها</translation>
    </message>
</context>
<context>
    <name>CertificateOutput</name>
    <message>
        <source>Certificate</source>
        <translation>شهادة</translation>
    </message>
    <message>
        <source>Writing the certificates…</source>
        <translation>جار تحرير الشهادات…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Save the certificates as PDF</source>
        <translation>حفظ الشهادات بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Certificate — print preview (nothing is issued until you print)</source>
        <translation>الشهادة — معاينة قبل الطباعة (لا يُسلَّم شيء قبل الطباعة)</translation>
    </message>
</context>
<context>
    <name>CertificateService</name>
    <message>
        <source>valid</source>
        <translation>صالحة</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>موقوفة</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>مسحوبة</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>منتهية الصلاحية</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروفة</translation>
    </message>
    <message>
        <source>forged</source>
        <translation>مزورة</translation>
    </message>
    <message>
        <source>No accreditation #%1.</source>
        <translation>لا يوجد اعتماد رقم %1.</translation>
    </message>
    <message>
        <source>A certificate is issued only for an accreditation effective on the issue date: %1.</source>
        <translation>لا تسلم الشهادة إلا لاعتماد ساري المفعول في تاريخ التسليم: %1.</translation>
    </message>
    <message>
        <source>No accreditation to certify.</source>
        <translation>لا يوجد أي اعتماد للإشهاد عليه.</translation>
    </message>
    <message>
        <source>The certificates were not printed; nothing was recorded.</source>
        <translation>لم تتم طباعة الشهادات؛ لم يسجل أي شيء.</translation>
    </message>
    <message>
        <source>This is not a readable certificate verification code.</source>
        <translation>هذا ليس رمز تحقق مقروءا لشهادة.</translation>
    </message>
    <message>
        <source>The signature does not match the printed fields: the code was altered or forged.</source>
        <translation>التوقيع لا يطابق البيانات المطبوعة: تم تغيير الرمز أو تزويره.</translation>
    </message>
    <message>
        <source>The signature is genuine but certificate %1 is not in this register.</source>
        <translation>التوقيع صحيح لكن الشهادة %1 غير مسجلة في هذا السجل.</translation>
    </message>
    <message>
        <source>Certificate %1 was issued with other fields than those of this code.</source>
        <translation>سلمت الشهادة %1 ببيانات مختلفة عن بيانات هذا الرمز.</translation>
    </message>
    <message>
        <source>The accreditation %1 has been revoked.</source>
        <translation>تم سحب الاعتماد %1.</translation>
    </message>
    <message>
        <source>The company&apos;s authorization has been revoked.</source>
        <translation>تم سحب رخصة الشركة.</translation>
    </message>
    <message>
        <source>The accreditation %1 is suspended.</source>
        <translation>الاعتماد %1 موقوف.</translation>
    </message>
    <message>
        <source>The company&apos;s authorization is suspended.</source>
        <translation>رخصة الشركة موقوفة.</translation>
    </message>
    <message>
        <source>The certificate&apos;s validity ended on %1.</source>
        <translation>انتهت صلاحية الشهادة بتاريخ %1.</translation>
    </message>
    <message>
        <source>The accreditation %1 is no longer in force.</source>
        <translation>الاعتماد %1 لم يعد ساري المفعول.</translation>
    </message>
    <message>
        <source>Genuine certificate; the accreditation is in force on %1.</source>
        <translation>شهادة صحيحة؛ الاعتماد ساري المفعول بتاريخ %1.</translation>
    </message>
    <message>
        <source>Certificate %1: its recorded content no longer matches its fingerprint.</source>
        <translation>الشهادة %1: محتواها المسجل لم يعد يطابق بصمتها.</translation>
    </message>
    <message>
        <source>Certificate %1: its verification code does not verify.</source>
        <translation>الشهادة %1: رمز التحقق الخاص بها غير صحيح.</translation>
    </message>
    <message>
        <source>The file could not be written; the certificates are recorded but not printed.</source>
        <translation>تعذرت كتابة الملف؛ الشهادات مسجلة لكنها لم تُطبع.</translation>
    </message>
    <message>
        <source>The code is signed with key %1, which is not registered in this register.</source>
        <translation>الرمز موقع بالمفتاح %1 غير المسجل في هذا السجل.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The register is sound: file integrity, references, audit trail and rules checked.</source>
        <translation>السجل سليم: تم التحقق من سلامة الملف والمراجع وسجل التتبع والقواعد.</translation>
    </message>
    <message>
        <source>--entity must be one of %1.</source>
        <translation>يجب أن تكون قيمة ‎--entity إحدى القيم: %1.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>البطاقة</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>تمت كتابة النسخة الاحتياطية في %1.</translation>
    </message>
    <message>
        <source>%1 restored into %2.</source>
        <translation>تمت استعادة %1 في %2.</translation>
    </message>
    <message>
        <source>Integrity of the file, its references, the audit trail and the register&apos;s rules; exit 1 on any finding.</source>
        <translation>سلامة الملف ومراجعه وسجل التتبع وقواعد السجل؛ رمز الخروج 1 عند أي ملاحظة.</translation>
    </message>
    <message>
        <source>Every recorded change: who, when, what.</source>
        <translation>كل تغيير مسجل: من ومتى وماذا.</translation>
    </message>
    <message>
        <source>Kind of record.</source>
        <translation>نوع البطاقة.</translation>
    </message>
    <message>
        <source>Id of the record.</source>
        <translation>رقم البطاقة.</translation>
    </message>
    <message>
        <source>A consistent copy of the register, safe while others work.</source>
        <translation>نسخة متسقة من السجل، دون إزعاج باقي المستخدمين.</translation>
    </message>
    <message>
        <source>Restore a backup into an empty or new --db.</source>
        <translation>استعادة نسخة احتياطية في ‎--db فارغ أو جديد.</translation>
    </message>
    <message>
        <source>The register file (default: %1).</source>
        <translation>ملف السجل (افتراضياً: %1).</translation>
    </message>
    <message>
        <source>Print one JSON document on stdout.</source>
        <translation>طباعة مستند JSON واحد على المخرج القياسي.</translation>
    </message>
    <message>
        <source>Language of messages: fr, ar or en.</source>
        <translation>لغة الرسائل: fr أو ar أو en.</translation>
    </message>
    <message>
        <source>Usage: cinereg-cli [--db PATH] [--json] [--lang fr|ar|en] [--user LOGIN] COMMAND ...</source>
        <translation>الاستعمال: cinereg-cli [--db المسار] [--json] [--lang fr|ar|en] [--user الحساب] الأمر ...</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>الأوامر:</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 refused (nothing written), 2 usage error, 3 storage problem (file left untouched).</source>
        <translation>رموز الخروج: 0 تم، 1 مرفوض (لم يُكتب شيء)، 2 خطأ في الاستعمال، 3 مشكلة في التخزين (الملف لم يُمس).</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>أمر غير معروف: %1</translation>
    </message>
    <message>
        <source>Run cinereg-cli --help for the list of commands.</source>
        <translation>شغّل cinereg-cli --help للاطلاع على قائمة الأوامر.</translation>
    </message>
    <message>
        <source>Missing argument: %1 %2</source>
        <translation>وسيط ناقص: %1 %2</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>وسيط غير متوقع: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>مرفوض: %1</translation>
    </message>
    <message>
        <source>field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>القاعدة</translation>
    </message>
    <message>
        <source>Missing option --%1 DATE.</source>
        <translation>الخيار ‎--%1 التاريخ ناقص.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a valid date (YYYY-MM-DD).</source>
        <translation>‎--%1: «%2» ليس تاريخاً صالحاً (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an id (a positive whole number).</source>
        <translation>%1: «%2» ليس رقماً تعريفياً (عدد صحيح موجب).</translation>
    </message>
    <message>
        <source>Missing option --%1.</source>
        <translation>الخيار ‎--%1 ناقص.</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>الشكل القانوني</translation>
    </message>
    <message>
        <source>RC</source>
        <translation>السجل التجاري</translation>
    </message>
    <message>
        <source>ICE</source>
        <translation>ICE</translation>
    </message>
    <message>
        <source>IF</source>
        <translation>التعريف الضريبي</translation>
    </message>
    <message>
        <source>CNSS</source>
        <translation>CNSS</translation>
    </message>
    <message>
        <source>Capital (MAD)</source>
        <translation>رأس المال (درهم)</translation>
    </message>
    <message>
        <source>Registered office</source>
        <translation>المقر الاجتماعي</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>المسير</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Professional bodies</source>
        <translation>الهيئات المهنية</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>الصلاحية</translation>
    </message>
    <message>
        <source>without limit</source>
        <translation>غير محددة المدة</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>Company name (Latin script).</source>
        <translation>اسم الشركة (بالحروف اللاتينية).</translation>
    </message>
    <message>
        <source>Company name in Arabic script.</source>
        <translation>اسم الشركة بالحروف العربية.</translation>
    </message>
    <message>
        <source>Legal form: SA, SARL, SARL AU, SAS, SNC, SCS, SCA.</source>
        <translation>الشكل القانوني: SA أو SARL أو SARL AU أو SAS أو SNC أو SCS أو SCA.</translation>
    </message>
    <message>
        <source>Trade register (RC) number.</source>
        <translation>رقم السجل التجاري.</translation>
    </message>
    <message>
        <source>Court of the trade register.</source>
        <translation>محكمة السجل التجاري.</translation>
    </message>
    <message>
        <source>ICE: 15 digits (spaces ignored).</source>
        <translation>ICE: ‏15 رقماً (تُتجاهل المسافات).</translation>
    </message>
    <message>
        <source>Accept an ICE whose check key fails (recorded in the history).</source>
        <translation>قبول ICE مفتاح التحقق فيه خاطئ (يُسجل في التاريخ).</translation>
    </message>
    <message>
        <source>Tax identifier (IF): 7 or 8 digits.</source>
        <translation>التعريف الضريبي: 7 أو 8 أرقام.</translation>
    </message>
    <message>
        <source>CNSS affiliation: 7 digits.</source>
        <translation>رقم الانخراط في الضمان الاجتماعي: 7 أرقام.</translation>
    </message>
    <message>
        <source>Fully paid capital in whole dirhams.</source>
        <translation>رأس المال المحرر بالكامل بالدرهم دون كسور.</translation>
    </message>
    <message>
        <source>Registered office address.</source>
        <translation>عنوان المقر الاجتماعي.</translation>
    </message>
    <message>
        <source>City of the registered office.</source>
        <translation>مدينة المقر الاجتماعي.</translation>
    </message>
    <message>
        <source>Manager&apos;s name.</source>
        <translation>اسم المسير.</translation>
    </message>
    <message>
        <source>Manager&apos;s CNIE or residence permit number.</source>
        <translation>رقم البطاقة الوطنية أو بطاقة الإقامة للمسير.</translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation>عنوان البريد الإلكتروني.</translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation>رقم الهاتف.</translation>
    </message>
    <message>
        <source>Professional body membership, BODY or BODY:SINCE (repeatable).</source>
        <translation>العضوية في هيئة مهنية، الهيئة أو الهيئة:منذ (قابل للتكرار).</translation>
    </message>
    <message>
        <source>--capital: &quot;%1&quot; is not a whole number of dirhams, 0 or more.</source>
        <translation>‎--capital: «%1» ليس عدداً صحيحاً من الدراهم يساوي 0 أو أكثر.</translation>
    </message>
    <message>
        <source>--member-of: &quot;%1&quot; is not a valid date (YYYY-MM-DD).</source>
        <translation>‎--member-of: «%1» ليس تاريخاً صالحاً (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Company #%1 registered.</source>
        <translation>تم تسجيل الشركة رقم %1.</translation>
    </message>
    <message>
        <source>No company #%1.</source>
        <translation>لا توجد شركة برقم %1.</translation>
    </message>
    <message>
        <source>Company #%1 updated.</source>
        <translation>تم تحديث الشركة رقم %1.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Productions:</source>
        <translation>الإنتاجات:</translation>
    </message>
    <message>
        <source>--tier must be national or international.</source>
        <translation>يجب أن تكون قيمة ‎--tier إما national أو international.</translation>
    </message>
    <message>
        <source>--status must be one of active, suspended, revoked, expired, pending.</source>
        <translation>يجب أن تكون قيمة ‎--status إحدى القيم active أو suspended أو revoked أو expired أو pending.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>الرخصة</translation>
    </message>
    <message>
        <source>National</source>
        <translation>وطني</translation>
    </message>
    <message>
        <source>International</source>
        <translation>دولي</translation>
    </message>
    <message numerus="yes">
        <source>%n company(ies).</source>
        <translation>
            <numerusform>لا توجد أي شركة (%n).</numerusform>
            <numerusform>شركة واحدة (%n).</numerusform>
            <numerusform>شركتان (%n).</numerusform>
            <numerusform>%n شركات.</numerusform>
            <numerusform>%n شركة.</numerusform>
            <numerusform>%n شركة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Register a production company.</source>
        <translation>تسجيل شركة إنتاج.</translation>
    </message>
    <message>
        <source>Change a company&apos;s record (every change is kept in the history).</source>
        <translation>تعديل بطاقة شركة (يُحفظ كل تغيير في التاريخ).</translation>
    </message>
    <message>
        <source>A company with its rights, their status today and productions.</source>
        <translation>شركة مع حقوقها ووضعيتها اليوم وإنتاجاتها.</translation>
    </message>
    <message>
        <source>List companies; --tier and --status select by the status on --on (default today): of that accreditation tier, else of the authorization.</source>
        <translation>قائمة الشركات؛ يختار ‎--tier و‎--status حسب الوضعية في تاريخ ‎--on (افتراضياً اليوم): وضعية اعتماد هذا المستوى، وإلا وضعية الرخصة.</translation>
    </message>
    <message>
        <source>Names (Latin or Arabic; case, accents and Arabic letter forms ignored), ICE or RC.</source>
        <translation>الأسماء (لاتينية أو عربية؛ تُتجاهل الحالة والنبرات وأشكال الحروف العربية) أو ICE أو السجل التجاري.</translation>
    </message>
    <message>
        <source>City.</source>
        <translation>المدينة.</translation>
    </message>
    <message>
        <source>Professional body membership.</source>
        <translation>العضوية في هيئة مهنية.</translation>
    </message>
    <message>
        <source>national or international.</source>
        <translation>national (وطني) أو international (دولي).</translation>
    </message>
    <message>
        <source>Date of the status (default today).</source>
        <translation>تاريخ الوضعية (افتراضياً اليوم).</translation>
    </message>
    <message>
        <source>active, suspended, revoked, expired or pending.</source>
        <translation>active أو suspended أو revoked أو expired أو pending.</translation>
    </message>
    <message>
        <source>Missing option --kind.</source>
        <translation>الخيار ‎--kind ناقص.</translation>
    </message>
    <message>
        <source>--kind must be national or foreign.</source>
        <translation>يجب أن تكون قيمة ‎--kind إما national أو foreign.</translation>
    </message>
    <message>
        <source>Production #%1 recorded.</source>
        <translation>تم تسجيل الإنتاج رقم %1.</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>الشركة المنفذة</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2).</source>
        <translation>‎--to ‏(%1) قبل ‎--from ‏(%2).</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>الاعتماد</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>مؤهلة</translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation>لا: %1</translation>
    </message>
    <message>
        <source>Record a production; its executing company must hold an effective accreditation of the matching tier on every shooting day.</source>
        <translation>تسجيل إنتاج؛ يجب أن تتوفر الشركة المنفذة على اعتماد ساري المفعول من المستوى المطابق في كل يوم من أيام التصوير.</translation>
    </message>
    <message>
        <source>Title of the production.</source>
        <translation>عنوان الإنتاج.</translation>
    </message>
    <message>
        <source>national or foreign.</source>
        <translation>national (وطني) أو foreign (أجنبي).</translation>
    </message>
    <message>
        <source>Id of the executing company.</source>
        <translation>رقم الشركة المنفذة.</translation>
    </message>
    <message>
        <source>First shooting day.</source>
        <translation>أول يوم تصوير.</translation>
    </message>
    <message>
        <source>Last shooting day.</source>
        <translation>آخر يوم تصوير.</translation>
    </message>
    <message>
        <source>Foreign producer (foreign productions).</source>
        <translation>المنتج الأجنبي (الإنتاجات الأجنبية).</translation>
    </message>
    <message>
        <source>Foreign producer&apos;s country, ISO code (e.g. FR).</source>
        <translation>بلد المنتج الأجنبي، رمز ISO (مثلاً FR).</translation>
    </message>
    <message>
        <source>Reference of the mandate naming the executing company.</source>
        <translation>مرجع التفويض الذي يعين الشركة المنفذة.</translation>
    </message>
    <message>
        <source>Shooting permit reference.</source>
        <translation>مرجع رخصة التصوير.</translation>
    </message>
    <message>
        <source>List productions, most recent first.</source>
        <translation>قائمة الإنتاجات، الأحدث أولاً.</translation>
    </message>
    <message>
        <source>The companies that may execute such a production over the whole period.</source>
        <translation>الشركات المؤهلة لتنفيذ مثل هذا الإنتاج طوال المدة.</translation>
    </message>
    <message>
        <source>Also list the accredited companies that may not, and why.</source>
        <translation>إدراج الشركات المعتمدة غير المؤهلة أيضاً، مع السبب.</translation>
    </message>
    <message>
        <source>%1 %2 granted (id %3).</source>
        <translation>تم منح %1 %2 (الرقم %3).</translation>
    </message>
    <message>
        <source>No accreditation #%1.</source>
        <translation>لا يوجد اعتماد برقم %1.</translation>
    </message>
    <message>
        <source>No authorization #%1.</source>
        <translation>لا توجد رخصة برقم %1.</translation>
    </message>
    <message>
        <source>Reference of the decision.</source>
        <translation>مرجع المقرر.</translation>
    </message>
    <message>
        <source>The day it takes effect (default today).</source>
        <translation>تاريخ سريان المفعول (افتراضياً اليوم).</translation>
    </message>
    <message>
        <source>Why (required).</source>
        <translation>السبب (إلزامي).</translation>
    </message>
    <message>
        <source>Start of validity.</source>
        <translation>بداية الصلاحية.</translation>
    </message>
    <message>
        <source>End of validity (default: the settings&apos; term, else none).</source>
        <translation>نهاية الصلاحية (افتراضياً: المدة المحددة في الإعدادات، وإلا فلا شيء).</translation>
    </message>
    <message>
        <source>Date the decision was signed (default today).</source>
        <translation>تاريخ توقيع المقرر (افتراضياً اليوم).</translation>
    </message>
    <message>
        <source>Official number (default: next in the settings&apos; format).</source>
        <translation>الرقم الرسمي (افتراضياً: الرقم التالي حسب صيغة الإعدادات).</translation>
    </message>
    <message>
        <source>Grant an accreditation (requires an active authorization).</source>
        <translation>منح اعتماد (يتطلب رخصة سارية).</translation>
    </message>
    <message>
        <source>Grant the authorization to carry out production activity.</source>
        <translation>منح رخصة مزاولة نشاط الإنتاج.</translation>
    </message>
    <message>
        <source>Move the end of validity.</source>
        <translation>تمديد نهاية الصلاحية.</translation>
    </message>
    <message>
        <source>New end of validity.</source>
        <translation>النهاية الجديدة للصلاحية.</translation>
    </message>
    <message>
        <source>Suspend the right (a reason is required).</source>
        <translation>توقيف الحق (السبب إلزامي).</translation>
    </message>
    <message>
        <source>End a suspension.</source>
        <translation>إنهاء التوقيف.</translation>
    </message>
    <message>
        <source>Withdraw the right for good (a reason is required).</source>
        <translation>سحب الحق نهائياً (السبب إلزامي).</translation>
    </message>
    <message>
        <source>The right with its status today and its history.</source>
        <translation>الحق مع وضعيته اليوم وتاريخه.</translation>
    </message>
    <message>
        <source>No dossier #%1.</source>
        <translation>لا يوجد ملف برقم %1.</translation>
    </message>
    <message>
        <source>--for must be authorization, national or international.</source>
        <translation>يجب أن تكون قيمة --for هي authorization أو national أو international.</translation>
    </message>
    <message>
        <source>Dossier #%1 filed, receipt %2; decision due by %3.</source>
        <translation>تم تسجيل الملف رقم %1، وصل الإيداع %2؛ يجب البت فيه في أجل أقصاه %3.</translation>
    </message>
    <message>
        <source>--kind must be one of %1.</source>
        <translation>يجب أن تكون قيمة --kind إحدى القيم %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 dated %2 recorded in dossier %3. Still missing: %4.</source>
        <translation>تم تسجيل %1 بتاريخ %2 في الملف %3. الوثائق التي لا تزال ناقصة: %4.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>وصل الإيداع</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <source>For</source>
        <translation>موضوع الطلب</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>تاريخ التسلم</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>الأجل الأقصى</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضعية</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>الناقصة</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>تجاوز الأجل</translation>
    </message>
    <message>
        <source>No dossier.</source>
        <translation>لا يوجد أي ملف.</translation>
    </message>
    <message>
        <source>Dossier #%1, receipt %2: %3 for %4.</source>
        <translation>الملف رقم %1، وصل الإيداع %2: %3 لفائدة %4.</translation>
    </message>
    <message>
        <source>Received %1, decision due by %2; %3.</source>
        <translation>تم التسلم بتاريخ %1، يجب البت فيه في أجل أقصاه %2؛ %3.</translation>
    </message>
    <message>
        <source>Piece</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>النسخة الممسوحة</translation>
    </message>
    <message>
        <source>Give exactly one of --grant or --refuse.</source>
        <translation>حدد إما --grant أو --refuse.</translation>
    </message>
    <message>
        <source>piece</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <source>Dossier #%1 granted: %2 (right id %3).</source>
        <translation>تم قبول الملف رقم %1: %2 (الحق رقم %3).</translation>
    </message>
    <message>
        <source>Dossier #%1 refused.</source>
        <translation>تم رفض الملف رقم %1.</translation>
    </message>
    <message>
        <source>Dossier #%1 withdrawn.</source>
        <translation>تم سحب الملف رقم %1.</translation>
    </message>
    <message>
        <source>Receipt %1 written to %2.</source>
        <translation>تمت كتابة وصل الإيداع %1 في %2.</translation>
    </message>
    <message>
        <source>Dossier #%1 has no scan of the %2.</source>
        <translation>لا يتضمن الملف رقم %1 نسخة ممسوحة من «%2».</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2 bytes) written to %3.</source>
        <translation>تمت كتابة %1 (%2 بايت) في %3.</translation>
    </message>
    <message>
        <source>Kind of piece: %1.</source>
        <translation>نوع الوثيقة: %1.</translation>
    </message>
    <message>
        <source>Record a dossier received; prints its id and decision deadline.</source>
        <translation>تسجيل ملف متسلم؛ يعرض رقمه والأجل الأقصى للبت فيه.</translation>
    </message>
    <message>
        <source>What it asks for: authorization, national or international.</source>
        <translation>موضوع الطلب: authorization أو national أو international.</translation>
    </message>
    <message>
        <source>A renewal of the company&apos;s right of that kind.</source>
        <translation>تجديد الحق من هذا النوع الذي تتوفر عليه الشركة.</translation>
    </message>
    <message>
        <source>The day the dossier was received.</source>
        <translation>تاريخ تسلم الملف.</translation>
    </message>
    <message>
        <source>Receipt reference (default: the next REC-YEAR-NNNN).</source>
        <translation>مرجع وصل الإيداع (افتراضيا: الرقم الموالي REC-السنة-NNNN).</translation>
    </message>
    <message>
        <source>Record a piece of the dossier with its date, and its scan.</source>
        <translation>تسجيل وثيقة من الملف مع تاريخها ونسختها الممسوحة.</translation>
    </message>
    <message>
        <source>The date the piece bears.</source>
        <translation>التاريخ الذي تحمله الوثيقة.</translation>
    </message>
    <message>
        <source>A scan of the piece, kept in the register.</source>
        <translation>نسخة ممسوحة من الوثيقة تحفظ في السجل.</translation>
    </message>
    <message>
        <source>Dossiers, open ones first (soonest deadline first).</source>
        <translation>الملفات، المفتوحة أولا (الأقرب أجلا أولا).</translation>
    </message>
    <message>
        <source>Only open dossiers.</source>
        <translation>الملفات المفتوحة فقط.</translation>
    </message>
    <message>
        <source>Only open dossiers past their deadline.</source>
        <translation>الملفات المفتوحة التي تجاوزت أجلها فقط.</translation>
    </message>
    <message>
        <source>Only this company&apos;s dossiers.</source>
        <translation>ملفات هذه الشركة فقط.</translation>
    </message>
    <message>
        <source>The dossier with its checklist of pieces.</source>
        <translation>الملف مع لائحة وثائقه.</translation>
    </message>
    <message>
        <source>Grant the right asked for (same rules as a direct grant; the dossier must be complete and its certificates less than one year old), or refuse it with its reason.</source>
        <translation>منح الحق المطلوب (بنفس قواعد المنح المباشر؛ يجب أن يكون الملف كاملا وأن يقل عمر شهاداته عن سنة)، أو رفضه مع تعليل الرفض.</translation>
    </message>
    <message>
        <source>Grant the right.</source>
        <translation>منح الحق.</translation>
    </message>
    <message>
        <source>Refuse the application.</source>
        <translation>رفض الطلب.</translation>
    </message>
    <message>
        <source>Start of validity (renewal: the day it takes effect).</source>
        <translation>بداية الصلاحية (التجديد: تاريخ سريانه).</translation>
    </message>
    <message>
        <source>End of validity (a renewal requires it).</source>
        <translation>نهاية الصلاحية (إلزامية في حالة التجديد).</translation>
    </message>
    <message>
        <source>Why it is refused (required).</source>
        <translation>سبب الرفض (إلزامي).</translation>
    </message>
    <message>
        <source>Date the decision was signed (default today); the pieces are judged on it.</source>
        <translation>تاريخ توقيع المقرر (افتراضيا اليوم)؛ تقدر الوثائق في هذا التاريخ.</translation>
    </message>
    <message>
        <source>Close a dossier its company withdrew.</source>
        <translation>إغلاق ملف سحبته الشركة.</translation>
    </message>
    <message>
        <source>Why (optional).</source>
        <translation>السبب (اختياري).</translation>
    </message>
    <message>
        <source>Print the dossier&apos;s receipt (French and Arabic, one A4 page).</source>
        <translation>طباعة وصل إيداع الملف (بالفرنسية والعربية، صفحة واحدة A4).</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>ملف PDF المراد كتابته.</translation>
    </message>
    <message>
        <source>Save the scan of a piece to a file.</source>
        <translation>حفظ النسخة الممسوحة لوثيقة في ملف.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>الملف المراد كتابته.</translation>
    </message>
    <message>
        <source>Missing option --tier.</source>
        <translation>الخيار --tier ناقص.</translation>
    </message>
    <message>
        <source>Certificate %1 reprinted as DUPLICATA into %2.</source>
        <translation>أعيدت طباعة الشهادة %1 كنظير في %2.</translation>
    </message>
    <message>
        <source>Certificate %1 issued into %2.
Verification code: %3</source>
        <translation>سلمت الشهادة %1 في %2.
رمز التحقق: %3</translation>
    </message>
    <message>
        <source>%1 certificate(s) written into %2 (%3 reprinted as DUPLICATA).</source>
        <translation>كتبت %1 شهادة في %2 (منها %3 نظير).</translation>
    </message>
    <message>
        <source>Number %1, ICE %2, %3, valid from %4 until %5, issued on %6.</source>
        <translation>الرقم %1، ICE %2، %3، صالحة من %4 إلى %5، سلمت بتاريخ %6.</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>بدون تحديد</translation>
    </message>
    <message>
        <source>Holder: %1.</source>
        <translation>الحاصل عليها: %1.</translation>
    </message>
    <message>
        <source>%1 is not a readable PDF file.</source>
        <translation>%1 ليس ملف PDF مقروءا.</translation>
    </message>
    <message>
        <source>No verification code was found in %1.</source>
        <translation>لم يعثر على أي رمز تحقق في %1.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>تتعذر كتابة %1.</translation>
    </message>
    <message>
        <source>%1 companies listed in %2.</source>
        <translation>أدرجت %1 شركة في %2.</translation>
    </message>
    <message>
        <source>Issue the certificate of an accreditation effective today (a reprint is marked DUPLICATA and keeps its number).</source>
        <translation>تسليم شهادة اعتماد ساري المفعول اليوم (تحمل إعادة الطباعة عبارة «نظير» وتحتفظ برقمها).</translation>
    </message>
    <message>
        <source>Issue into one PDF the certificates of every accreditation effective on a day.</source>
        <translation>تسليم شهادات جميع الاعتمادات السارية في تاريخ معين في ملف PDF واحد.</translation>
    </message>
    <message>
        <source>national or international (default: both).</source>
        <translation>وطني أو دولي (افتراضيا: كلاهما).</translation>
    </message>
    <message>
        <source>The day the accreditations must be effective (default: today).</source>
        <translation>التاريخ الذي يجب أن تكون فيه الاعتمادات سارية (افتراضيا: اليوم).</translation>
    </message>
    <message>
        <source>Status of a certificate from its verification code or its PDF: valid, suspended, revoked, expired, unknown or forged.</source>
        <translation>حالة شهادة انطلاقا من رمز التحقق أو ملف PDF: صالحة، موقوفة، مسحوبة، منتهية، غير معروفة أو مزورة.</translation>
    </message>
    <message>
        <source>The published list of accredited companies (French and Arabic).</source>
        <translation>القائمة المنشورة للشركات المعتمدة (بالفرنسية والعربية).</translation>
    </message>
    <message>
        <source>The day of the list.</source>
        <translation>تاريخ القائمة.</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>الشهادة</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>تاريخ التسليم</translation>
    </message>
    <message>
        <source>Prints</source>
        <translation>عدد الطبعات</translation>
    </message>
    <message>
        <source>Certificates:</source>
        <translation>الشهادات:</translation>
    </message>
    <message>
        <source>Valid without limit of duration, whatever the default term.</source>
        <translation>صالح دون تحديد المدة، أيًّا كانت المدة الافتراضية.</translation>
    </message>
    <message numerus="yes">
        <source>Verification page written into %1: %n certificate(s) in the signed status list, not to be trusted after %2.</source>
        <translation>
            <numerusform>كُتبت صفحة التحقق في %1: لا توجد أي شهادة في قائمة الحالات الموقعة، ولا يُوثق بها بعد %2.</numerusform>
            <numerusform>كُتبت صفحة التحقق في %1: شهادة واحدة في قائمة الحالات الموقعة، ولا يُوثق بها بعد %2.</numerusform>
            <numerusform>كُتبت صفحة التحقق في %1: شهادتان في قائمة الحالات الموقعة، ولا يُوثق بها بعد %2.</numerusform>
            <numerusform>كُتبت صفحة التحقق في %1: %n شهادات في قائمة الحالات الموقعة، ولا يُوثق بها بعد %2.</numerusform>
            <numerusform>كُتبت صفحة التحقق في %1: %n شهادة في قائمة الحالات الموقعة، ولا يُوثق بها بعد %2.</numerusform>
            <numerusform>كُتبت صفحة التحقق في %1: %n شهادة في قائمة الحالات الموقعة، ولا يُوثق بها بعد %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the public verification page into a folder to copy to the web site: the page, the public keys and the signed status list.</source>
        <translation>كتابة صفحة التحقق العمومية في مجلد يُنسخ إلى الموقع الإلكتروني: الصفحة والمفاتيح العمومية وقائمة الحالات الموقعة.</translation>
    </message>
    <message>
        <source>--lang: &quot;%1&quot; is not one of %2.</source>
        <translation>--lang: «%1» ليست من اللغات %2.</translation>
    </message>
    <message>
        <source>Argument %1 is not valid UTF-8 text; nothing was written.</source>
        <translation>الوسيط %1 ليس نصًا صالحًا بترميز UTF-8؛ لم يُسجَّل أي شيء.</translation>
    </message>
    <message>
        <source>--%1: the value is not valid UTF-8 text; nothing was written.</source>
        <translation>--%1: القيمة ليست نصًا صالحًا بترميز UTF-8؛ لم يُسجَّل أي شيء.</translation>
    </message>
    <message>
        <source>--until and --no-end exclude each other.</source>
        <translation>الخياران --until و--no-end لا يجتمعان.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation>السطر %1، %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported.</source>
        <translation>
            <numerusform>لم يُستورد أي سطر.</numerusform>
            <numerusform>استُورد سطر واحد.</numerusform>
            <numerusform>استُورد سطران.</numerusform>
            <numerusform>استُوردت %n أسطر.</numerusform>
            <numerusform>استُورد %n سطرًا.</numerusform>
            <numerusform>استُورد %n سطر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n row(s) would be imported; nothing was written.</source>
        <translation>
            <numerusform>تجربة: لن يُستورد أي سطر؛ لم يُكتب شيء.</numerusform>
            <numerusform>تجربة: سيُستورد سطر واحد؛ لم يُكتب شيء.</numerusform>
            <numerusform>تجربة: سيُستورد سطران؛ لم يُكتب شيء.</numerusform>
            <numerusform>تجربة: ستُستورد %n أسطر؛ لم يُكتب شيء.</numerusform>
            <numerusform>تجربة: سيُستورد %n سطرًا؛ لم يُكتب شيء.</numerusform>
            <numerusform>تجربة: سيُستورد %n سطر؛ لم يُكتب شيء.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected: nothing was imported (fix them, or use --skip-invalid to import the others).</source>
        <translation>
            <numerusform>لم يُرفض أي سطر: لم يُستورد شيء.</numerusform>
            <numerusform>رُفض سطر واحد: لم يُستورد شيء (صحّحه، أو استعمل ‎--skip-invalid لاستيراد الأسطر الأخرى).</numerusform>
            <numerusform>رُفض سطران: لم يُستورد شيء (صحّحهما، أو استعمل ‎--skip-invalid لاستيراد الأسطر الأخرى).</numerusform>
            <numerusform>رُفضت %n أسطر: لم يُستورد شيء (صحّحها، أو استعمل ‎--skip-invalid لاستيراد الأسطر الأخرى).</numerusform>
            <numerusform>رُفض %n سطرًا: لم يُستورد شيء (صحّحها، أو استعمل ‎--skip-invalid لاستيراد الأسطر الأخرى).</numerusform>
            <numerusform>رُفض %n سطر: لم يُستورد شيء (صحّحها، أو استعمل ‎--skip-invalid لاستيراد الأسطر الأخرى).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not one of the professional bodies in the settings (%2).</source>
        <translation>%1 ليست من الهيئات المهنية المحددة في الإعدادات (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>لم يُكتب أي سطر في %1.</numerusform>
            <numerusform>كُتب سطر واحد في %1.</numerusform>
            <numerusform>كُتب سطران في %1.</numerusform>
            <numerusform>كُتبت %n أسطر في %1.</numerusform>
            <numerusform>كُتب %n سطرًا في %1.</numerusform>
            <numerusform>كُتب %n سطر في %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check every row and write nothing.</source>
        <translation>التحقق من كل سطر دون كتابة أي شيء.</translation>
    </message>
    <message>
        <source>Import the valid rows even when others are rejected.</source>
        <translation>استيراد الأسطر الصحيحة حتى إن رُفضت أسطر أخرى.</translation>
    </message>
    <message>
        <source>Register the companies of a sheet, each row checked like a clerk&apos;s entry; one rejected row means nothing is imported unless --skip-invalid.</source>
        <translation>تسجيل شركات جدول، مع التحقق من كل سطر كما لو أدخله موظف؛ يكفي رفض سطر واحد لعدم استيراد أي شيء، إلا مع ‎--skip-invalid.</translation>
    </message>
    <message>
        <source>Grant the authorizations and accreditations of a sheet with their numbers, decisions, dates and any suspension or revocation.</source>
        <translation>منح رخص واعتمادات جدول بأرقامها ومقرراتها وتواريخها، وبتوقيفها أو سحبها عند الاقتضاء.</translation>
    </message>
    <message>
        <source>Write the companies with their standing on --on (default today); --body gives the list of a professional body&apos;s members.</source>
        <translation>كتابة الشركات مع وضعيتها في تاريخ ‎--on (اليوم افتراضيًا)؛ ويعطي ‎--body قائمة أعضاء هيئة مهنية.</translation>
    </message>
    <message>
        <source>Only the companies whose accreditation of this tier (national, international) or authorization is active.</source>
        <translation>الشركات التي يكون اعتمادها من هذا الصنف (وطني، دولي) أو رخصتها ساريًا فقط.</translation>
    </message>
    <message>
        <source>The day of the standing.</source>
        <translation>يوم الوضعية.</translation>
    </message>
    <message>
        <source>Only the members of this professional body.</source>
        <translation>أعضاء هذه الهيئة المهنية فقط.</translation>
    </message>
    <message>
        <source>Write every authorization and accreditation with its status on --on, in the columns import rights reads.</source>
        <translation>كتابة كل رخصة وكل اعتماد مع حالته في تاريخ ‎--on، في الأعمدة التي يقرؤها الأمر import rights.</translation>
    </message>
    <message>
        <source>The day of the status.</source>
        <translation>يوم الحالة.</translation>
    </message>
    <message>
        <source>Signing key %1 created in %2 (readable by its owner only) and registered in the register.</source>
        <translation>أُنشئ مفتاح التوقيع %1 في %2 (مقروء من مالكه فقط) وسُجّل في السجل.</translation>
    </message>
    <message>
        <source>Signing key %1 imported into %2 (readable by its owner only) and registered in the register.</source>
        <translation>استُورد مفتاح التوقيع %1 إلى %2 (مقروء من مالكه فقط) وسُجّل في السجل.</translation>
    </message>
    <message>
        <source>This workstation signs with key %1 (%2).</source>
        <translation>يوقّع هذا الحاسوب بالمفتاح %1 (%2).</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>أضيف</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <source>no: not registered</source>
        <translation>لا: غير مسجل</translation>
    </message>
    <message>
        <source>Create the CCM&apos;s signing key (administrator; once) in the file the settings name, and register its public half.</source>
        <translation>إنشاء مفتاح توقيع المركز السينمائي المغربي (مسؤول النظام؛ مرة واحدة) في الملف المحدد في الإعدادات، وتسجيل شطره العمومي.</translation>
    </message>
    <message>
        <source>Install the CCM&apos;s signing key from FILE on this workstation (administrator) and register its public half.</source>
        <translation>تثبيت مفتاح توقيع المركز السينمائي المغربي من الملف FILE على هذا الحاسوب (مسؤول النظام) وتسجيل شطره العمومي.</translation>
    </message>
    <message>
        <source>The key this workstation signs with, and the public keys the register trusts.</source>
        <translation>المفتاح الذي يوقّع به هذا الحاسوب، والمفاتيح العمومية المعتمدة في السجل.</translation>
    </message>
    <message>
        <source>%1 of %2 recorded; standing today: %3.</source>
        <translation>تم تسجيل %1 لـ %2؛ الوضعية اليوم: %3.</translation>
    </message>
    <message>
        <source>No longer in force from %1: %2.</source>
        <translation>لم تعد نافذة ابتداءً من %1: %2.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a year (YYYY).</source>
        <translation>--%1: «%2» ليست سنة (YYYY).</translation>
    </message>
    <message>
        <source>Rights in force on %1</source>
        <translation>الحقوق السارية بتاريخ %1</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>الحق</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>سارية</translation>
    </message>
    <message>
        <source>Authorizations</source>
        <translation>الرخص</translation>
    </message>
    <message>
        <source>National accreditations</source>
        <translation>الاعتمادات الوطنية</translation>
    </message>
    <message>
        <source>International accreditations</source>
        <translation>الاعتمادات الدولية</translation>
    </message>
    <message>
        <source>By city</source>
        <translation>حسب المدينة</translation>
    </message>
    <message>
        <source>No right in force.</source>
        <translation>لا يوجد أي حق سارٍ.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>المنح</translation>
    </message>
    <message>
        <source>Suspensions</source>
        <translation>التوقيفات</translation>
    </message>
    <message>
        <source>Revocations</source>
        <translation>السحوبات</translation>
    </message>
    <message>
        <source>New entrants</source>
        <translation>الوافدون الجدد</translation>
    </message>
    <message>
        <source>National productions</source>
        <translation>الإنتاجات الوطنية</translation>
    </message>
    <message>
        <source>Foreign productions</source>
        <translation>الإنتاجات الأجنبية</translation>
    </message>
    <message>
        <source>Per year, up to %1</source>
        <translation>حسب السنة، إلى غاية %1</translation>
    </message>
    <message>
        <source>Professional body</source>
        <translation>الهيئة المهنية</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <source>The report could not be written to %1.</source>
        <translation>تعذرت كتابة التقرير في %1.</translation>
    </message>
    <message>
        <source>Statistics report written to %1.</source>
        <translation>كُتب التقرير الإحصائي في %1.</translation>
    </message>
    <message>
        <source>Figures of the register: rights in force by tier and city, decisions, new entrants and productions per year, members per professional body.</source>
        <translation>أرقام السجل: الحقوق السارية حسب الصنف والمدينة، والمقررات والوافدون الجدد والإنتاجات حسب السنة، وأعضاء كل هيئة مهنية.</translation>
    </message>
    <message>
        <source>Day the rights in force are counted (default today).</source>
        <translation>اليوم الذي تُحصى فيه الحقوق السارية (افتراضيًا اليوم).</translation>
    </message>
    <message>
        <source>First year of the yearly figures (default: the first year with a decision or a shooting).</source>
        <translation>السنة الأولى للأرقام السنوية (افتراضيًا: أول سنة بها مقرر أو تصوير).</translation>
    </message>
    <message>
        <source>Last year of the yearly figures (default: the year of --on).</source>
        <translation>السنة الأخيرة للأرقام السنوية (افتراضيًا: سنة --on).</translation>
    </message>
    <message>
        <source>Print the figures as a report with charts (PDF, French or Arabic by --lang).</source>
        <translation>طباعة الأرقام في تقرير مع رسوم بيانية (PDF، بالفرنسية أو بالعربية حسب --lang).</translation>
    </message>
    <message>
        <source>Missing command after &quot;%1&quot;.</source>
        <translation>أمر ناقص بعد &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The acting user, recorded with every change (default: the OS login). Once the register has accounts: your account, its password from CINEREG_PASSWORD or asked.</source>
        <translation>المستخدم القائم بالعملية، ويُسجَّل مع كل تغيير (افتراضيًا: اسم الدخول إلى النظام). متى تضمن السجل حسابات: حسابك، وتُقرأ كلمة مروره من CINEREG_PASSWORD أو تُطلب.</translation>
    </message>
    <message>
        <source>This register has accounts: name yours with --user LOGIN (the password from CINEREG_PASSWORD or asked).</source>
        <translation>يتضمن هذا السجل حسابات: حدّد حسابك بواسطة ‎--user‏ اسم_الدخول (تُقرأ كلمة المرور من CINEREG_PASSWORD أو تُطلب).</translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation>كلمة مرور %1: </translation>
    </message>
    <message>
        <source>No password for %1: set CINEREG_PASSWORD or run on a terminal.</source>
        <translation>لا توجد كلمة مرور لـ %1: حدّد CINEREG_PASSWORD أو شغّل الأمر في طرفية.</translation>
    </message>
    <message>
        <source>No password: set %1 or run on a terminal.</source>
        <translation>لا توجد كلمة مرور: حدّد %1 أو شغّل الأمر في طرفية.</translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>التأكيد: </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>كلمتا المرور مختلفتان؛ لم يُغيَّر أي شيء.</translation>
    </message>
    <message>
        <source>proposed by %1, approved by %2, %3</source>
        <translation>اقترحه %1، وصادق عليه %2، %3</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>المقترح</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>اقترحه</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>بتّ فيه</translation>
    </message>
    <message>
        <source>Proposal %1 approved: %2 granted (id %3).</source>
        <translation>صودق على المقترح %1: مُنح %2 (المعرّف %3).</translation>
    </message>
    <message>
        <source>Proposal %1 approved: %2 of %3 recorded.</source>
        <translation>صودق على المقترح %1: سُجّل %2 لـ %3.</translation>
    </message>
    <message>
        <source>Proposal %1 approved: dossier #%2 decided.</source>
        <translation>صودق على المقترح %1: بُتّ في الملف رقم %2.</translation>
    </message>
    <message>
        <source>Proposal %1 rejected.</source>
        <translation>رُفض المقترح %1.</translation>
    </message>
    <message>
        <source>Proposed decisions (four eyes), newest first.</source>
        <translation>القرارات المقترحة (المراقبة المزدوجة)، الأحدث أولًا.</translation>
    </message>
    <message>
        <source>Only those awaiting approval.</source>
        <translation>فقط تلك التي تنتظر المصادقة.</translation>
    </message>
    <message>
        <source>Only this company&apos;s.</source>
        <translation>فقط تلك الخاصة بهذه الشركة.</translation>
    </message>
    <message>
        <source>Approve another account&apos;s proposal: it takes effect now, the rules checked again today (approver).</source>
        <translation>المصادقة على مقترح حساب آخر: يسري مفعوله فورًا بعد التحقق من القواعد من جديد في تاريخ اليوم (المصادِق).</translation>
    </message>
    <message>
        <source>Reject another account&apos;s proposal, with the reason (approver).</source>
        <translation>رفض مقترح حساب آخر مع بيان السبب (المصادِق).</translation>
    </message>
    <message>
        <source>--role must be clerk, approver, auditor or admin.</source>
        <translation>يجب أن تكون قيمة ‎--role‏ هي clerk أو approver أو auditor أو admin.</translation>
    </message>
    <message>
        <source>New password of %1: </source>
        <translation>كلمة المرور الجديدة لـ %1: </translation>
    </message>
    <message>
        <source>Account %1 created with the role %2.</source>
        <translation>أُنشئ الحساب %1 بدور %2.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>اسم الدخول</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>Account %1 disabled.</source>
        <translation>عُطّل الحساب %1.</translation>
    </message>
    <message>
        <source>Account %1 enabled.</source>
        <translation>فُعّل الحساب %1.</translation>
    </message>
    <message>
        <source>Account %1 now has the role %2.</source>
        <translation>أصبح للحساب %1 دور %2.</translation>
    </message>
    <message>
        <source>This register has no account yet (single-user mode).</source>
        <translation>لا يتضمن هذا السجل أي حساب بعد (وضع المستخدم الواحد).</translation>
    </message>
    <message>
        <source>Password of %1 changed.</source>
        <translation>غُيّرت كلمة مرور %1.</translation>
    </message>
    <message>
        <source>clerk, approver, auditor or admin.</source>
        <translation>clerk أو approver أو auditor أو admin.</translation>
    </message>
    <message>
        <source>Create an account (admin; the first account, an admin, by anyone: it ends single-user mode). Password from CINEREG_NEW_PASSWORD or asked twice.</source>
        <translation>إحداث حساب (للمدير؛ أما الحساب الأول، وهو حساب مدير، فيحدثه أي شخص وينهي وضع المستخدم الواحد). تُقرأ كلمة المرور من CINEREG_NEW_PASSWORD أو تُطلب مرتين.</translation>
    </message>
    <message>
        <source>Full name.</source>
        <translation>الاسم الكامل.</translation>
    </message>
    <message>
        <source>The accounts.</source>
        <translation>الحسابات.</translation>
    </message>
    <message>
        <source>Disable an account (never deleted).</source>
        <translation>تعطيل حساب (لا يُحذف أبدًا).</translation>
    </message>
    <message>
        <source>Enable a disabled account.</source>
        <translation>إعادة تفعيل حساب معطّل.</translation>
    </message>
    <message>
        <source>Change an account&apos;s role.</source>
        <translation>تغيير دور حساب.</translation>
    </message>
    <message>
        <source>Change a password (your own, or any as admin); the new one from CINEREG_NEW_PASSWORD or asked twice.</source>
        <translation>تغيير كلمة مرور (كلمتك، أو أي كلمة بصفتك مديرًا)؛ تُقرأ الجديدة من CINEREG_NEW_PASSWORD أو تُطلب مرتين.</translation>
    </message>
</context>
<context>
    <name>CompanyService</name>
    <message>
        <source>ICE %1 is already registered (company #%2).</source>
        <translation>الرقم ICE %1 مسجل مسبقاً (الشركة رقم %2).</translation>
    </message>
    <message>
        <source>RC %1 at the court of %2 is already registered (company #%3).</source>
        <translation>السجل التجاري %1 لدى محكمة %2 مسجل مسبقاً (الشركة رقم %3).</translation>
    </message>
    <message>
        <source>No company #%1.</source>
        <translation>لا توجد شركة برقم %1.</translation>
    </message>
</context>
<context>
    <name>CompanyValidator</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1: حقل إلزامي.</translation>
    </message>
    <message>
        <source>The company name</source>
        <translation>اسم الشركة</translation>
    </message>
    <message>
        <source>The legal form</source>
        <translation>الشكل القانوني</translation>
    </message>
    <message>
        <source>Legal form &quot;%1&quot; is not one of %2.</source>
        <translation>الشكل القانوني «%1» ليس من بين: %2.</translation>
    </message>
    <message>
        <source>The RC number</source>
        <translation>رقم السجل التجاري</translation>
    </message>
    <message>
        <source>RC number &quot;%1&quot; must be digits (e.g. 252633).</source>
        <translation>رقم السجل التجاري «%1» يجب أن يتكون من أرقام (مثلاً 252633).</translation>
    </message>
    <message>
        <source>The RC court</source>
        <translation>محكمة السجل التجاري</translation>
    </message>
    <message>
        <source>The ICE</source>
        <translation>الرقم ICE</translation>
    </message>
    <message>
        <source>ICE &quot;%1&quot; must have exactly 15 digits.</source>
        <translation>يجب أن يتكون الرقم ICE «%1» من 15 رقماً بالضبط.</translation>
    </message>
    <message>
        <source>ICE %1 fails its check key (the number is not a multiple of 97); verify it, or confirm it explicitly.</source>
        <translation>مفتاح التحقق في الرقم ICE %1 خاطئ (العدد ليس من مضاعفات 97)؛ تحقق منه أو أكده صراحة.</translation>
    </message>
    <message>
        <source>IF &quot;%1&quot; must have 7 or 8 digits.</source>
        <translation>يجب أن يتكون التعريف الضريبي «%1» من 7 أو 8 أرقام.</translation>
    </message>
    <message>
        <source>CNSS affiliation &quot;%1&quot; must have 7 digits.</source>
        <translation>يجب أن يتكون رقم الانخراط في الضمان الاجتماعي «%1» من 7 أرقام.</translation>
    </message>
    <message>
        <source>The capital must be a whole number of dirhams, 0 or more.</source>
        <translation>يجب أن يكون رأس المال عدداً صحيحاً من الدراهم يساوي 0 أو أكثر.</translation>
    </message>
    <message>
        <source>The registered office address</source>
        <translation>عنوان المقر الاجتماعي</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Manager&apos;s CNIE &quot;%1&quot; must be 1 or 2 letters followed by digits (e.g. BE123456).</source>
        <translation>رقم البطاقة الوطنية للمسير «%1» يجب أن يتكون من حرف أو حرفين تليهما أرقام (مثلاً BE123456).</translation>
    </message>
    <message>
        <source>E-mail address &quot;%1&quot; is not valid.</source>
        <translation>عنوان البريد الإلكتروني «%1» غير صالح.</translation>
    </message>
    <message>
        <source>Phone number &quot;%1&quot; is not valid.</source>
        <translation>رقم الهاتف «%1» غير صالح.</translation>
    </message>
    <message>
        <source>Professional body &quot;%1&quot; is not one of %2.</source>
        <translation>الهيئة المهنية «%1» ليست من بين: %2.</translation>
    </message>
    <message>
        <source>The Arabic name</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <source>The IF</source>
        <translation>المعرف الضريبي</translation>
    </message>
    <message>
        <source>The CNSS affiliation</source>
        <translation>رقم الانخراط في الصندوق الوطني للضمان الاجتماعي</translation>
    </message>
    <message>
        <source>The manager&apos;s name</source>
        <translation>اسم المسير</translation>
    </message>
    <message>
        <source>The manager&apos;s CNIE</source>
        <translation>البطاقة الوطنية للمسير</translation>
    </message>
    <message>
        <source>The e-mail address</source>
        <translation>عنوان البريد الإلكتروني</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>رقم الهاتف</translation>
    </message>
    <message>
        <source>The professional body</source>
        <translation>الهيئة المهنية</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>السطر %1: حقل بين علامتي تنصيص لم يُغلق.</translation>
    </message>
    <message>
        <source>The file is empty: a header line naming the columns is required.</source>
        <translation>الملف فارغ: يلزم سطر عناوين يسمّي الأعمدة.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>تتعذر كتابة %1: %2.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>تعذر إنشاء المجلد %1.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>تعذر فتح %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a cinereg register (not an SQLite database).</source>
        <translation>%1 ليس سجلاً من سجلات cinereg (ليس قاعدة بيانات SQLite).</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a cinereg register.</source>
        <translation>%1 قاعدة بيانات SQLite لكنه ليس سجلاً من سجلات cinereg.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of cinereg (format %2; this program reads up to %3). Update the program.</source>
        <translation>كُتب %1 بإصدار أحدث من cinereg (الصيغة %2؛ هذا البرنامج يقرأ حتى الصيغة %3). حدّث البرنامج.</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>خطأ في قاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>The register is locked by another user; try again.</source>
        <translation>السجل مقفل من طرف مستخدم آخر؛ أعد المحاولة.</translation>
    </message>
    <message>
        <source>%1 is damaged and is left untouched: %2</source>
        <translation>الملف %1 تالف وتُرك دون أي تغيير: %2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>تعذّر إنشاء %1: %2</translation>
    </message>
    <message>
        <source>The register was changed by another workstation at the same moment; nothing was written. Try again.</source>
        <translation>تم تعديل السجل في نفس اللحظة من طرف محطة عمل أخرى؛ لم يتم تسجيل أي شيء. يرجى إعادة المحاولة.</translation>
    </message>
    <message>
        <source>%1 is not a register address: write postgresql://[LOGIN@]HOST[:PORT]/DATABASE (the password comes from PGPASSWORD or ~/.pgpass, never from the address). Nothing was created.</source>
        <translation>%1 ليس عنوان سجل: اكتب postgresql://[LOGIN@]HOST[:PORT]/DATABASE (تؤخذ كلمة المرور من PGPASSWORD أو من ‎~/.pgpass، وليس من العنوان أبدا). لم يتم إنشاء أي شيء.</translation>
    </message>
    <message>
        <source>Cannot open %1: Qt&apos;s PostgreSQL driver is missing (package libqt6sql6-psql).</source>
        <translation>تعذر فتح %1: مشغل PostgreSQL الخاص بـ Qt غير مثبت (الحزمة libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to the register %1: %2 Nothing was created.</source>
        <translation>تعذر الاتصال بالسجل %1: %2 لم يتم إنشاء أي شيء.</translation>
    </message>
    <message>
        <source>The database %1 holds tables but not a cinereg register; nothing was changed.</source>
        <translation>تحتوي قاعدة البيانات %1 على جداول لكنها ليست سجل cinereg؛ لم يتم تغيير أي شيء.</translation>
    </message>
    <message>
        <source>Cannot listen to the changes of %1.</source>
        <translation>تعذّر تتبّع التغييرات التي تطرأ على %1.</translation>
    </message>
</context>
<context>
    <name>DecisionService</name>
    <message>
        <source>Recorded as proposal %1, awaiting approval by another approver.</source>
        <translation>سُجّل بوصفه المقترح رقم %1، في انتظار مصادقة مصادِق آخر.</translation>
    </message>
    <message>
        <source>This register has accounts: a decision is recorded as a proposal and takes effect when another account approves it.</source>
        <translation>يتضمن هذا السجل حسابات: يُسجَّل القرار بوصفه مقترحًا ولا يسري مفعوله إلا بعد مصادقة حساب آخر عليه.</translation>
    </message>
    <message>
        <source>No proposal #%1.</source>
        <translation>لا يوجد مقترح رقم %1.</translation>
    </message>
    <message>
        <source>Proposal #%1 was already %2 by %3.</source>
        <translation>سبق أن %2 المقترحَ رقم %1 الحسابُ %3.</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>صادق على</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>Proposal #%1 is your own: another approver must decide it (four eyes).</source>
        <translation>المقترح رقم %1 مقترحك أنت: يجب أن يبتّ فيه مصادِق آخر (المراقبة المزدوجة).</translation>
    </message>
    <message>
        <source>A rejection must state its reason.</source>
        <translation>يجب تعليل الرفض.</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>DossierRules</name>
    <message numerus="yes">
        <source>The dossier is incomplete: %n piece(s) missing: %1.</source>
        <translation>
            <numerusform>الملف غير كامل: لا توجد وثائق ناقصة: %1.</numerusform>
            <numerusform>الملف غير كامل: وثيقة واحدة ناقصة: %1.</numerusform>
            <numerusform>الملف غير كامل: وثيقتان ناقصتان: %1.</numerusform>
            <numerusform>الملف غير كامل: %n وثائق ناقصة: %1.</numerusform>
            <numerusform>الملف غير كامل: %n وثيقة ناقصة: %1.</numerusform>
            <numerusform>الملف غير كامل: %n وثيقة ناقصة: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 is dated %2, after the decision date %3.</source>
        <translation>الوثيقة «%1» مؤرخة في %2، بعد تاريخ المقرر %3.</translation>
    </message>
    <message>
        <source>The %1 is dated %2: more than one year before the decision date %3 (it must be dated %4 or later).</source>
        <translation>الوثيقة «%1» مؤرخة في %2: أكثر من سنة قبل تاريخ المقرر %3 (يجب أن تكون مؤرخة في %4 أو بعده).</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ناقصة</translation>
    </message>
    <message>
        <source>received</source>
        <translation>متسلمة</translation>
    </message>
    <message>
        <source>received, less than one year old</source>
        <translation>متسلمة، عمرها أقل من سنة</translation>
    </message>
    <message>
        <source>more than one year old</source>
        <translation>عمرها أكثر من سنة</translation>
    </message>
    <message>
        <source>dated after the day considered</source>
        <translation>مؤرخة بعد التاريخ المعتبر</translation>
    </message>
    <message>
        <source>%1 (beyond the checklist)</source>
        <translation>%1 (خارج قائمة الوثائق المطلوبة)</translation>
    </message>
</context>
<context>
    <name>ExportService</name>
    <message>
        <source>The file name must end in .csv or .xlsx.</source>
        <translation>يجب أن ينتهي اسم الملف بـ ‎.csv أو ‎.xlsx.</translation>
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
        <translation>%1 (إلزامي)</translation>
    </message>
    <message>
        <source>* required field</source>
        <translation>* حقل إلزامي</translation>
    </message>
</context>
<context>
    <name>GrantRules</name>
    <message>
        <source>The decision reference is required.</source>
        <translation>مرجع المقرر إلزامي.</translation>
    </message>
    <message>
        <source>The start of validity (from) is required.</source>
        <translation>بداية الصلاحية (من) إلزامية.</translation>
    </message>
    <message>
        <source>The end of validity (%1) is before its start (%2).</source>
        <translation>نهاية الصلاحية (%1) تسبق بدايتها (%2).</translation>
    </message>
    <message>
        <source>Rule 1: the legal form %1 may not hold an authorization (allowed: %2).</source>
        <translation>القاعدة 1: لا يمكن للشكل القانوني %1 الحصول على رخصة (المسموح بها: %2).</translation>
    </message>
    <message>
        <source>Rule 1: the company already holds authorization %1 over the same period.</source>
        <translation>القاعدة 1: الشركة تتوفر مسبقاً على الرخصة %1 خلال نفس المدة.</translation>
    </message>
    <message>
        <source>Rule 2: no active authorization on %1.</source>
        <translation>القاعدة 2: لا توجد رخصة سارية بتاريخ %1.</translation>
    </message>
    <message>
        <source>Rule 3: accreditation %1 of the same tier already covers part of this period.</source>
        <translation>القاعدة 3: الاعتماد %1 من نفس المستوى يغطي مسبقاً جزءاً من هذه المدة.</translation>
    </message>
    <message>
        <source>Rule 4: a %1 needs a fully paid capital of at least %2 MAD for an accreditation; the register shows %3 MAD.</source>
        <translation>القاعدة 4: تحتاج شركة %1 إلى رأس مال محرر بالكامل لا يقل عن %2 درهم للحصول على اعتماد؛ والسجل يبين %3 درهم.</translation>
    </message>
    <message>
        <source>The date the decision takes effect is required.</source>
        <translation>تاريخ سريان المقرر إلزامي.</translation>
    </message>
    <message>
        <source>Rule 5: %1 was revoked on %2; revocation is final and a new grant is needed.</source>
        <translation>القاعدة 5: تم سحب %1 بتاريخ %2؛ السحب نهائي ويلزم منح جديد.</translation>
    </message>
    <message>
        <source>The decision cannot take effect on %1, before the last decision on %2 or the start of validity; record it from %2 or later.</source>
        <translation>لا يمكن أن يسري المقرر بتاريخ %1، قبل آخر مقرر بتاريخ %2 أو قبل بداية الصلاحية؛ سجله ابتداءً من %2.</translation>
    </message>
    <message>
        <source>A right is granted only once; record a renewal instead.</source>
        <translation>يُمنح الحق مرة واحدة فقط؛ سجل تجديداً بدلاً من ذلك.</translation>
    </message>
    <message>
        <source>A suspension must state its reason.</source>
        <translation>يجب أن يبين التوقيف سببه.</translation>
    </message>
    <message>
        <source>A revocation must state its reason.</source>
        <translation>يجب أن يبين السحب سببه.</translation>
    </message>
    <message>
        <source>A renewal needs the new end of validity (until).</source>
        <translation>يتطلب التجديد النهاية الجديدة للصلاحية (إلى).</translation>
    </message>
    <message>
        <source>%1 is valid without limit of duration; there is nothing to renew.</source>
        <translation>%1 صالح لمدة غير محددة؛ لا يوجد ما يُجدد.</translation>
    </message>
    <message>
        <source>The new end of validity (%1) must be after the current one (%2).</source>
        <translation>يجب أن تكون النهاية الجديدة للصلاحية (%1) بعد النهاية الحالية (%2).</translation>
    </message>
    <message>
        <source>Renewing until %1 would overlap %2.</source>
        <translation>التجديد إلى غاية %1 سيتداخل مع %2.</translation>
    </message>
    <message>
        <source>The end of validity (until) is required.</source>
        <translation>نهاية الصلاحية (إلى) إلزامية.</translation>
    </message>
    <message>
        <source>The accreditation %1 cannot be suspended on %2: it is %3 that day.</source>
        <translation>لا يمكن توقيف الاعتماد %1 بتاريخ %2: فهو %3 في ذلك اليوم.</translation>
    </message>
    <message>
        <source>The authorization %1 cannot be suspended on %2: it is %3 that day.</source>
        <translation>لا يمكن توقيف الرخصة %1 بتاريخ %2: فهي %3 في ذلك اليوم.</translation>
    </message>
    <message>
        <source>The accreditation %1 cannot be reinstated on %2: it is %3 that day, not suspended.</source>
        <translation>لا يمكن إرجاع الاعتماد %1 بتاريخ %2: فهو %3 في ذلك اليوم، وليس موقوفًا.</translation>
    </message>
    <message>
        <source>The authorization %1 cannot be reinstated on %2: it is %3 that day, not suspended.</source>
        <translation>لا يمكن إرجاع الرخصة %1 بتاريخ %2: فهي %3 في ذلك اليوم، وليست موقوفة.</translation>
    </message>
</context>
<context>
    <name>HeadSigning</name>
    <message>
        <source>The register&apos;s seal is not signed, although this account holds the register&apos;s signing key (%1): the register was rewritten outside the program, or written by a program without the key.</source>
        <translation>ختم السجل غير موقّع، مع أن هذا الحساب يحوز مفتاح توقيع السجل (%1): أُعيدت كتابة السجل خارج البرنامج، أو كتبه برنامج لا يملك المفتاح.</translation>
    </message>
    <message>
        <source>The register&apos;s seal is signed by key %1, not by the register&apos;s signing key %2 held by this account.</source>
        <translation>ختم السجل موقّع بالمفتاح %1، لا بمفتاح توقيع السجل %2 الذي يحوزه هذا الحساب.</translation>
    </message>
    <message>
        <source>The signature of the register&apos;s seal does not match its content: the register was changed outside the program.</source>
        <translation>توقيع ختم السجل لا يطابق محتواه: عُدّل السجل خارج البرنامج.</translation>
    </message>
</context>
<context>
    <name>HeadWitness</name>
    <message>
        <source>The audit trail no longer holds entry %1, which this account wrote last: the register was truncated or replaced by an older copy.</source>
        <translation>لم يعد سجل التتبع يتضمن القيد %1، وهو آخر قيد كتبه هذا الحساب: اقتُطع السجل أو استُبدلت به نسخة أقدم.</translation>
    </message>
    <message>
        <source>Audit entry %1 differs from the one this account wrote: the audit trail was rewritten outside the program.</source>
        <translation>القيد %1 في سجل التتبع يختلف عن القيد الذي كتبه هذا الحساب: أُعيدت كتابة سجل التتبع خارج البرنامج.</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>تتعذر قراءة %1: %2.</translation>
    </message>
    <message>
        <source>The header has no column %1.</source>
        <translation>لا يتضمن سطر العناوين العمود %1.</translation>
    </message>
    <message>
        <source>The capital &quot;%1&quot; is not a whole number of dirhams.</source>
        <translation>رأس المال «%1» ليس عددًا صحيحًا من الدراهم.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD or DD/MM/YYYY).</source>
        <translation>«%1» ليس تاريخًا (YYYY-MM-DD أو DD/MM/YYYY).</translation>
    </message>
    <message>
        <source>The column %1 is required.</source>
        <translation>العمود %1 إلزامي.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a right: write authorization, national or international.</source>
        <translation>«%1» ليس حقًا: اكتب authorization (رخصة) أو national (وطني) أو international (دولي).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status: write active, suspended or revoked.</source>
        <translation>«%1» ليس حالة: اكتب active (سارٍ) أو suspended (موقوف) أو revoked (مسحوب).</translation>
    </message>
    <message>
        <source>No company with ICE %1 in the register.</source>
        <translation>لا توجد في السجل شركة تحمل المعرّف الموحد للمقاولة %1.</translation>
    </message>
</context>
<context>
    <name>IntegrityService</name>
    <message>
        <source>%1 and %2 overlap in time (rules 1 and 3).</source>
        <translation>%1 و%2 متداخلان زمنياً (القاعدتان 1 و3).</translation>
    </message>
    <message>
        <source>File integrity: %1</source>
        <translation>سلامة الملف: %1</translation>
    </message>
    <message>
        <source>Table %1, row %2 refers to a missing %3 record.</source>
        <translation>الجدول %1، السطر %2 يشير إلى بطاقة %3 غير موجودة.</translation>
    </message>
    <message>
        <source>%1 has no grant decision first.</source>
        <translation>%1 لا يبدأ بمقرر منح.</translation>
    </message>
    <message>
        <source>%1 has a decision after its revocation (rule 5).</source>
        <translation>%1 يتضمن مقرراً بعد سحبه (القاعدة 5).</translation>
    </message>
    <message>
        <source>%1 starts on %2 without an active authorization (rule 2).</source>
        <translation>%1 يبدأ بتاريخ %2 دون رخصة سارية (القاعدة 2).</translation>
    </message>
    <message>
        <source>Attached file %1 no longer matches its recorded size and SHA-256.</source>
        <translation>الملف المرفق %1 لم يعد مطابقا لحجمه وبصمته SHA-256 المسجلين.</translation>
    </message>
    <message>
        <source>Company #%1: the stored standing periods differ from its history (the eligibility index is stale or was edited).</source>
        <translation>الشركة رقم %1: فترات الوضعية المسجلة تختلف عن سجلها التاريخي (فهرس الأهلية متقادم أو عُدِّل).</translation>
    </message>
    <message>
        <source>The statistics&apos; count of %1 for %2 is %3 but the register holds %4 (the yearly counts are stale or were edited).</source>
        <translation>العدد الإحصائي «%1» برسم سنة %2 هو %3، في حين أن السجل يتضمن %4 (الأعداد السنوية متجاوزة أو تم تعديلها).</translation>
    </message>
</context>
<context>
    <name>Letterhead</name>
    <message>
        <source>%1 is not an image that can be printed: %2.</source>
        <translation>%1 ليس صورة قابلة للطباعة: %2.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>cinereg cannot open the register</source>
        <translation>تعذر على cinereg فتح السجل</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>authorization to carry out production activity</source>
        <translation>رخصة مزاولة نشاط الإنتاج</translation>
    </message>
    <message>
        <source>national production execution accreditation</source>
        <translation>اعتماد تنفيذ الإنتاج الوطني</translation>
    </message>
    <message>
        <source>international production execution accreditation</source>
        <translation>اعتماد تنفيذ الإنتاج الدولي</translation>
    </message>
    <message>
        <source>grant</source>
        <translation>منح</translation>
    </message>
    <message>
        <source>renewal</source>
        <translation>تجديد</translation>
    </message>
    <message>
        <source>suspension</source>
        <translation>توقيف</translation>
    </message>
    <message>
        <source>reinstatement</source>
        <translation>إرجاع</translation>
    </message>
    <message>
        <source>revocation</source>
        <translation>سحب</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>لم يسر بعد</translation>
    </message>
    <message>
        <source>active</source>
        <translation>ساري</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>موقوف</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>مسحوب</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>منتهي الصلاحية</translation>
    </message>
    <message>
        <source>national production</source>
        <translation>إنتاج وطني</translation>
    </message>
    <message>
        <source>foreign production</source>
        <translation>إنتاج أجنبي</translation>
    </message>
</context>
<context>
    <name>ProductionService</name>
    <message>
        <source>The title is required.</source>
        <translation>العنوان إلزامي.</translation>
    </message>
    <message>
        <source>The first shooting day (from) is required.</source>
        <translation>أول يوم تصوير (من) إلزامي.</translation>
    </message>
    <message>
        <source>The last shooting day (to) is required.</source>
        <translation>آخر يوم تصوير (إلى) إلزامي.</translation>
    </message>
    <message>
        <source>The last shooting day (%1) is before the first (%2).</source>
        <translation>آخر يوم تصوير (%1) يسبق أول يوم (%2).</translation>
    </message>
    <message>
        <source>A foreign production needs its foreign producer.</source>
        <translation>يجب أن يبين الإنتاج الأجنبي منتجه الأجنبي.</translation>
    </message>
    <message>
        <source>A foreign production needs the producer&apos;s country.</source>
        <translation>يجب أن يبين الإنتاج الأجنبي بلد المنتج.</translation>
    </message>
    <message>
        <source>A national production has no foreign producer or country.</source>
        <translation>الإنتاج الوطني ليس له منتج أجنبي ولا بلد.</translation>
    </message>
    <message>
        <source>Country &quot;%1&quot; is not an ISO 3166 two-letter code (e.g. FR, US).</source>
        <translation>البلد «%1» ليس رمز ISO 3166 من حرفين (مثلاً FR أو US).</translation>
    </message>
    <message>
        <source>No company #%1.</source>
        <translation>لا توجد شركة برقم %1.</translation>
    </message>
    <message>
        <source>The executing company holds no effective %1 on %2; a %3 may be executed only by a company holding one on every shooting day.</source>
        <translation>الشركة المنفذة لا تتوفر على %1 ساري المفعول بتاريخ %2؛ لا يمكن تنفيذ %3 إلا من طرف شركة تتوفر عليه في كل يوم من أيام التصوير.</translation>
    </message>
    <message>
        <source>no effective %1 on %2</source>
        <translation>لا يوجد %1 ساري المفعول بتاريخ %2</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>The foreign producer</source>
        <translation>المنتج الأجنبي</translation>
    </message>
    <message>
        <source>The country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>The mandate</source>
        <translation>التفويض</translation>
    </message>
    <message>
        <source>The shooting permit</source>
        <translation>رخصة التصوير</translation>
    </message>
    <message>
        <source>on %1: %2</source>
        <translation>بتاريخ %1: %2</translation>
    </message>
</context>
<context>
    <name>Proposal</name>
    <message>
        <source>Grant of %1 to company #%2</source>
        <translation>منح %1 للشركة رقم %2</translation>
    </message>
    <message>
        <source>%1 of right #%2 (company #%3)</source>
        <translation>%1 للحق رقم %2 (الشركة رقم %3)</translation>
    </message>
    <message>
        <source>Grant of dossier #%1 (company #%2)</source>
        <translation>الموافقة على الملف رقم %1 (الشركة رقم %2)</translation>
    </message>
    <message>
        <source>Refusal of dossier #%1 (company #%2)</source>
        <translation>رفض الملف رقم %1 (الشركة رقم %2)</translation>
    </message>
</context>
<context>
    <name>PublishPage</name>
    <message numerus="yes">
        <source>The verification page was written into %1 with the status of %n certificate(s). Copy this folder to the web site; the page will say that its list is stale after %2, so publish it again after each day&apos;s decisions.</source>
        <translation>
            <numerusform>كُتبت صفحة التحقق في %1 دون أي شهادة. انسخوا هذا المجلد إلى الموقع الإلكتروني؛ ستنبه الصفحة إلى أن قائمتها لم تعد محينة بعد %2، فأعيدوا نشرها بعد مقررات كل يوم.</numerusform>
            <numerusform>كُتبت صفحة التحقق في %1 مع حالة شهادة واحدة. انسخوا هذا المجلد إلى الموقع الإلكتروني؛ ستنبه الصفحة إلى أن قائمتها لم تعد محينة بعد %2، فأعيدوا نشرها بعد مقررات كل يوم.</numerusform>
            <numerusform>كُتبت صفحة التحقق في %1 مع حالة شهادتين. انسخوا هذا المجلد إلى الموقع الإلكتروني؛ ستنبه الصفحة إلى أن قائمتها لم تعد محينة بعد %2، فأعيدوا نشرها بعد مقررات كل يوم.</numerusform>
            <numerusform>كُتبت صفحة التحقق في %1 مع حالة %n شهادات. انسخوا هذا المجلد إلى الموقع الإلكتروني؛ ستنبه الصفحة إلى أن قائمتها لم تعد محينة بعد %2، فأعيدوا نشرها بعد مقررات كل يوم.</numerusform>
            <numerusform>كُتبت صفحة التحقق في %1 مع حالة %n شهادة. انسخوا هذا المجلد إلى الموقع الإلكتروني؛ ستنبه الصفحة إلى أن قائمتها لم تعد محينة بعد %2، فأعيدوا نشرها بعد مقررات كل يوم.</numerusform>
            <numerusform>كُتبت صفحة التحقق في %1 مع حالة %n شهادة. انسخوا هذا المجلد إلى الموقع الإلكتروني؛ ستنبه الصفحة إلى أن قائمتها لم تعد محينة بعد %2، فأعيدوا نشرها بعد مقررات كل يوم.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder of the verification page</source>
        <translation>مجلد صفحة التحقق</translation>
    </message>
    <message>
        <source>Verification page published</source>
        <translation>نُشرت صفحة التحقق</translation>
    </message>
    <message>
        <source>Verification page not published</source>
        <translation>لم تُنشر صفحة التحقق</translation>
    </message>
</context>
<context>
    <name>PublishedList</name>
    <message>
        <source>Companies holding the %1 on %2</source>
        <translation>الشركات الحاصلة على %1 بتاريخ %2</translation>
    </message>
    <message>
        <source>national production execution accreditation</source>
        <translation>اعتماد تنفيذ الإنتاج الوطني</translation>
    </message>
    <message>
        <source>international production execution accreditation</source>
        <translation>اعتماد تنفيذ الإنتاج الدولي</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>الاعتماد</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <source>ICE</source>
        <translation>ICE</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>صالح إلى غاية</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>بدون تحديد</translation>
    </message>
    <message>
        <source>Companies listed: %1</source>
        <translation>عدد الشركات المدرجة: %1</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Kingdom of Morocco</source>
        <translation>المملكة المغربية</translation>
    </message>
    <message>
        <source>Moroccan Cinema Centre</source>
        <translation>المركز السينمائي المغربي</translation>
    </message>
    <message>
        <source>Receipt of an application dossier</source>
        <translation>وصل الإيداع</translation>
    </message>
    <message>
        <source>Receipt No.</source>
        <translation>رقم الوصل</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <source>Legal form, trade register</source>
        <translation>الشكل القانوني، السجل التجاري</translation>
    </message>
    <message>
        <source>ICE</source>
        <translation>التعريف الموحد للمقاولة</translation>
    </message>
    <message>
        <source>Subject of the application</source>
        <translation>موضوع الطلب</translation>
    </message>
    <message>
        <source>Dossier received on</source>
        <translation>تاريخ تسلم الملف</translation>
    </message>
    <message>
        <source>Pieces received</source>
        <translation>الوثائق المتسلمة</translation>
    </message>
    <message>
        <source>Pieces missing</source>
        <translation>الوثائق الناقصة</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>dated</source>
        <translation>بتاريخ</translation>
    </message>
    <message>
        <source>Decision due by</source>
        <translation>الأجل الأقصى للبت في الطلب</translation>
    </message>
    <message>
        <source>(%1 days from receipt)</source>
        <translation>(%1 يوما ابتداء من تاريخ التسلم)</translation>
    </message>
    <message>
        <source>This receipt attests that the dossier was filed; it is neither an authorization nor an accreditation.</source>
        <translation>يثبت هذا الوصل إيداع الملف، ولا يعتبر رخصة ولا اعتمادا.</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>سلم بتاريخ</translation>
    </message>
    <message>
        <source>Stamp and signature</source>
        <translation>الخاتم والتوقيع</translation>
    </message>
    <message>
        <source>Renewal of the authorization to carry out production activity</source>
        <translation>تجديد رخصة مزاولة نشاط الإنتاج</translation>
    </message>
    <message>
        <source>Authorization to carry out production activity</source>
        <translation>رخصة مزاولة نشاط الإنتاج</translation>
    </message>
    <message>
        <source>Renewal of the national production execution accreditation</source>
        <translation>تجديد اعتماد تنفيذ الإنتاج الوطني</translation>
    </message>
    <message>
        <source>National production execution accreditation</source>
        <translation>اعتماد تنفيذ الإنتاج الوطني</translation>
    </message>
    <message>
        <source>Renewal of the international production execution accreditation</source>
        <translation>تجديد اعتماد تنفيذ الإنتاج الدولي</translation>
    </message>
    <message>
        <source>International production execution accreditation</source>
        <translation>اعتماد تنفيذ الإنتاج الدولي</translation>
    </message>
    <message>
        <source>Statutes (purpose including film production)</source>
        <translation>النظام الأساسي (يتضمن غرضه الإنتاج السينمائي)</translation>
    </message>
    <message>
        <source>Proof of the registered office</source>
        <translation>ما يثبت المقر الاجتماعي</translation>
    </message>
    <message>
        <source>Bank certificate of paid-up capital</source>
        <translation>شهادة بنكية تثبت تحرير رأس المال</translation>
    </message>
    <message>
        <source>Tax-regularity certificate</source>
        <translation>شهادة الوضعية الجبائية القانونية</translation>
    </message>
    <message>
        <source>CNSS-regularity certificate</source>
        <translation>شهادة الوضعية القانونية إزاء الصندوق الوطني للضمان الاجتماعي</translation>
    </message>
    <message>
        <source>Manager&apos;s CNIE or residence permit</source>
        <translation>البطاقة الوطنية للتعريف الإلكترونية أو بطاقة إقامة المسير</translation>
    </message>
    <message>
        <source>Proof of capital</source>
        <translation>ما يثبت رأس المال</translation>
    </message>
    <message>
        <source>List of films already produced</source>
        <translation>لائحة الأفلام المنتجة</translation>
    </message>
    <message>
        <source>Pieces dated after this receipt (not yet issued)</source>
        <translation>وثائق مؤرخة بعد تاريخ هذا الوصل (لم تصدر بعد)</translation>
    </message>
    <message>
        <source>more than one year old</source>
        <translation>يتجاوز تاريخها سنة واحدة</translation>
    </message>
</context>
<context>
    <name>ReceiptDocument</name>
    <message>
        <source>No dossier #%1.</source>
        <translation>لا يوجد ملف برقم %1.</translation>
    </message>
    <message>
        <source>No company #%1.</source>
        <translation>لا توجد شركة برقم %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذرت كتابة %1: %2</translation>
    </message>
</context>
<context>
    <name>RegisterCopy</name>
    <message>
        <source>The table %1 does not have the same columns in both registers; nothing was copied.</source>
        <translation>لا يتضمن الجدول %1 نفس الأعمدة في السجلين؛ لم يُنسخ أي شيء.</translation>
    </message>
</context>
<context>
    <name>RegisterSeal</name>
    <message>
        <source>The register&apos;s seal is missing: it was removed outside the program.</source>
        <translation>ختم السجل مفقود: حُذف خارج البرنامج.</translation>
    </message>
    <message>
        <source>Table %1 was changed outside the program: its rows no longer match the seal of the last write.</source>
        <translation>عُدّل الجدول %1 خارج البرنامج: لم تعد صفوفه مطابقة لختم آخر عملية كتابة.</translation>
    </message>
    <message>
        <source>The audit trail ends at entry %1, but the last write sealed it at entry %2: entries were added, removed or rewritten outside the program.</source>
        <translation>ينتهي سجل التتبع عند القيد %1، لكن آخر عملية كتابة ختمته عند القيد %2: أُضيفت قيود أو حُذفت أو أُعيدت كتابتها خارج البرنامج.</translation>
    </message>
</context>
<context>
    <name>RestoreService</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>الملف %1 غير موجود.</translation>
    </message>
    <message>
        <source>%1 is not empty; restore only into a new or empty file.</source>
        <translation>الملف %1 ليس فارغاً؛ لا تتم الاستعادة إلا في ملف جديد أو فارغ.</translation>
    </message>
    <message>
        <source>%1 fails the register&apos;s check and is not restored:
%2</source>
        <translation>الملف %1 لم يجتز فحص السجل ولم تتم استعادته:
%2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>تعذّرت كتابة %1.</translation>
    </message>
    <message>
        <source>%1 already exists; a backup never overwrites a file.</source>
        <translation>%1 موجود مسبقًا؛ لا تستبدل النسخة الاحتياطية أي ملف أبدًا.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder to check %1.</source>
        <translation>تعذر إنشاء مجلد مؤقت للتحقق من %1.</translation>
    </message>
    <message>
        <source>The register %1 is not empty; restore only into an empty register. Nothing was written.</source>
        <translation>السجل %1 ليس فارغاً؛ لا تتم الاستعادة إلا في سجل فارغ. لم يُكتب أي شيء.</translation>
    </message>
    <message>
        <source>The login %1 does not own the tables of %2 (%3): a restore is run by the database&apos;s owner. Nothing was written.</source>
        <translation>اسم الدخول %1 ليس مالكاً لجداول %2 (%3): تتم الاستعادة من طرف مالك قاعدة البيانات. لم يُكتب أي شيء.</translation>
    </message>
</context>
<context>
    <name>RightService</name>
    <message>
        <source>No company #%1.</source>
        <translation>لا توجد شركة برقم %1.</translation>
    </message>
    <message>
        <source>Number %1 is already used by another right.</source>
        <translation>الرقم %1 مستعمل مسبقاً لحق آخر.</translation>
    </message>
    <message>
        <source>No right #%1.</source>
        <translation>لا يوجد حق برقم %1.</translation>
    </message>
    <message>
        <source>The decision reference</source>
        <translation>مرجع المقرر</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>RoleGate</name>
    <message>
        <source>signed in: %1 (%2), %3</source>
        <translation>متصل: %1 (%2)، %3</translation>
    </message>
</context>
<context>
    <name>RolePolicy</name>
    <message>
        <source>clerk</source>
        <translation>موظف</translation>
    </message>
    <message>
        <source>approver</source>
        <translation>مصادِق</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>مدقق</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>مدير</translation>
    </message>
    <message>
        <source>read the register</source>
        <translation>الاطلاع على السجل</translation>
    </message>
    <message>
        <source>check the register</source>
        <translation>فحص السجل</translation>
    </message>
    <message>
        <source>register or edit a company</source>
        <translation>تسجيل شركة أو تعديلها</translation>
    </message>
    <message>
        <source>file or change a dossier</source>
        <translation>إيداع ملف أو تعديله</translation>
    </message>
    <message>
        <source>record a production</source>
        <translation>تسجيل إنتاج</translation>
    </message>
    <message>
        <source>propose a decision</source>
        <translation>اقتراح قرار</translation>
    </message>
    <message>
        <source>approve or reject a proposal</source>
        <translation>المصادقة على مقترح أو رفضه</translation>
    </message>
    <message>
        <source>issue certificates</source>
        <translation>إصدار الشهادات</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>تدبير الحسابات</translation>
    </message>
    <message>
        <source>change the settings</source>
        <translation>تغيير الإعدادات</translation>
    </message>
    <message>
        <source>import into the register</source>
        <translation>الاستيراد إلى السجل</translation>
    </message>
    <message>
        <source>back up the register</source>
        <translation>حفظ نسخة احتياطية من السجل</translation>
    </message>
    <message>
        <source>restore a register</source>
        <translation>استعادة سجل</translation>
    </message>
    <message>
        <source>This register has accounts: sign in to %1.</source>
        <translation>يتضمن هذا السجل حسابات: يُرجى تسجيل الدخول من أجل %1.</translation>
    </message>
    <message>
        <source>The account %1 is disabled: ask an admin.</source>
        <translation>الحساب %1 معطّل: يُرجى مراجعة المدير.</translation>
    </message>
    <message>
        <source>To %1 you need the %2 role; the account %3 has the %4 role.</source>
        <translation>من أجل %1 يلزم دور %2؛ والحساب %3 له دور %4.</translation>
    </message>
</context>
<context>
    <name>SchemaConformity</name>
    <message>
        <source>Schema object %2 (%1) is missing from the file: it was dropped outside the program.</source>
        <translation>عنصر المخطط %2 (%1) مفقود من الملف: حُذف خارج البرنامج.</translation>
    </message>
    <message>
        <source>Schema object %2 (%1) differs from the one this program creates: it was altered outside the program.</source>
        <translation>عنصر المخطط %2 (%1) يختلف عن الذي ينشئه هذا البرنامج: عُدّل خارج البرنامج.</translation>
    </message>
    <message>
        <source>Schema object %2 (%1) was added to the file outside the program.</source>
        <translation>أُضيف عنصر المخطط %2 (%1) إلى الملف خارج البرنامج.</translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <source>The cryptographic library could not be initialised.</source>
        <translation>تعذرت تهيئة المكتبة التشفيرية.</translation>
    </message>
    <message>
        <source>The signing key file %1 could not be created: %2.</source>
        <translation>تعذر إنشاء ملف مفتاح التوقيع %1: %2.</translation>
    </message>
    <message>
        <source>The signing key file %1 cannot be read: %2.</source>
        <translation>تعذرت قراءة ملف مفتاح التوقيع %1: %2.</translation>
    </message>
    <message>
        <source>The file %1 is not a cinereg signing key.</source>
        <translation>الملف %1 ليس مفتاح توقيع لـ cinereg.</translation>
    </message>
    <message>
        <source>The signing key file %1 already exists; it is never overwritten.</source>
        <translation>ملف مفتاح التوقيع %1 موجود مسبقًا؛ لا يُستبدل أبدًا.</translation>
    </message>
    <message>
        <source>No signing key is configured (no file %1): an administrator creates or imports the CCM&apos;s key first (cinereg-cli key create, key import FILE, or Settings → Signing key).</source>
        <translation>لم يُضبط أي مفتاح توقيع (لا يوجد الملف %1): يجب أن يُنشئ مسؤول النظام مفتاح المركز السينمائي المغربي أو يستورده أولًا (cinereg-cli key create أو key import FILE، أو الإعدادات ← مفتاح التوقيع).</translation>
    </message>
    <message>
        <source>The signing key file %1 can be read by other accounts (mode %2): any of them could sign certificates. Make it readable by its owner only (chmod 600) before issuing.</source>
        <translation>ملف مفتاح التوقيع %1 قابل للقراءة من حسابات أخرى (الصلاحيات %2): يمكن لأي منها توقيع شهادات. اجعله مقروءًا من مالكه فقط (chmod 600) قبل التسليم.</translation>
    </message>
    <message>
        <source>The signing key file %1 already holds another key; it is never overwritten.</source>
        <translation>ملف مفتاح التوقيع %1 يحتوي مسبقًا على مفتاح آخر؛ لا يُستبدل أبدًا.</translation>
    </message>
</context>
<context>
    <name>SigningKeyRegistry</name>
    <message>
        <source>Another public key with the id %1 is already in the register.</source>
        <translation>يوجد في السجل مسبقًا مفتاح عمومي آخر يحمل المعرّف %1.</translation>
    </message>
    <message>
        <source>The signing key %1 (file %2) is not registered in this register: an administrator imports it first (cinereg-cli key import FILE, or Settings → Signing key).</source>
        <translation>مفتاح التوقيع %1 (الملف %2) غير مسجل في هذا السجل: يجب أن يستورده مسؤول النظام أولًا (cinereg-cli key import FILE أو الإعدادات ← مفتاح التوقيع).</translation>
    </message>
    <message>
        <source>Public key %1 entered the register without an administrator&apos;s registration (no audited key creation or import): certificates it signs are not trusted.</source>
        <translation>دخل المفتاح العمومي %1 إلى السجل دون تسجيل من مسؤول النظام (لا يوجد إنشاء أو استيراد مفتاح مقيد في سجل التدقيق): الشهادات الموقعة به غير معتمدة.</translation>
    </message>
</context>
<context>
    <name>StandardButtonTexts</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>Standing</name>
    <message>
        <source>active — not in force: authorization suspended</source>
        <translation>ساري — غير نافذ: الرخصة موقوفة</translation>
    </message>
    <message>
        <source>active — not in force: authorization revoked</source>
        <translation>ساري — غير نافذ: الرخصة مسحوبة</translation>
    </message>
    <message>
        <source>active — not in force: authorization expired</source>
        <translation>ساري — غير نافذ: الرخصة منتهية الصلاحية</translation>
    </message>
    <message>
        <source>active — not in force: authorization not yet started</source>
        <translation>ساري — غير نافذ: الرخصة لم تسر بعد</translation>
    </message>
    <message>
        <source>active — not in force: no authorization</source>
        <translation>ساري — غير نافذ: لا توجد رخصة</translation>
    </message>
    <message>
        <source>active — not in force: authorization suspended since %1</source>
        <translation>ساري — غير نافذ: الرخصة موقوفة منذ %1</translation>
    </message>
    <message>
        <source>active — not in force: authorization revoked since %1</source>
        <translation>ساري — غير نافذ: الرخصة مسحوبة منذ %1</translation>
    </message>
    <message>
        <source>active — not in force: authorization expired since %1</source>
        <translation>ساري — غير نافذ: الرخصة منتهية الصلاحية منذ %1</translation>
    </message>
    <message>
        <source>active — not in force: authorization starts on %1</source>
        <translation>ساري — غير نافذ: تسري الرخصة ابتداءً من %1</translation>
    </message>
</context>
<context>
    <name>Standing/accreditation</name>
    <message>
        <source>active</source>
        <translation>ساري</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>موقوف</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>مسحوب</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>منتهي الصلاحية</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>لم يسر بعد</translation>
    </message>
    <message>
        <source>active since %1</source>
        <translation>ساري منذ %1</translation>
    </message>
    <message>
        <source>suspended since %1</source>
        <translation>موقوف منذ %1</translation>
    </message>
    <message>
        <source>revoked since %1</source>
        <translation>مسحوب منذ %1</translation>
    </message>
    <message>
        <source>expired since %1</source>
        <translation>منتهي الصلاحية منذ %1</translation>
    </message>
    <message>
        <source>pending: starts on %1</source>
        <translation>لم يسر بعد: يسري ابتداءً من %1</translation>
    </message>
</context>
<context>
    <name>Standing/authorization</name>
    <message>
        <source>active</source>
        <translation>سارية</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>موقوفة</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>مسحوبة</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>منتهية الصلاحية</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>لم تسر بعد</translation>
    </message>
    <message>
        <source>active since %1</source>
        <translation>سارية منذ %1</translation>
    </message>
    <message>
        <source>suspended since %1</source>
        <translation>موقوفة منذ %1</translation>
    </message>
    <message>
        <source>revoked since %1</source>
        <translation>مسحوبة منذ %1</translation>
    </message>
    <message>
        <source>expired since %1</source>
        <translation>منتهية الصلاحية منذ %1</translation>
    </message>
    <message>
        <source>pending: starts on %1</source>
        <translation>لم تسر بعد: تسري ابتداءً من %1</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Rights in force</source>
        <translation>الحقوق السارية</translation>
    </message>
    <message>
        <source>Rights in force by city</source>
        <translation>الحقوق السارية حسب المدينة</translation>
    </message>
    <message>
        <source>Grants, suspensions, revocations and new entrants</source>
        <translation>المنح والتوقيفات والسحوبات والوافدون الجدد</translation>
    </message>
    <message>
        <source>Productions per year</source>
        <translation>الإنتاجات حسب السنة</translation>
    </message>
    <message>
        <source>Members per professional body</source>
        <translation>الأعضاء حسب الهيئة المهنية</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>سارية</translation>
    </message>
    <message>
        <source>International accreditations</source>
        <translation>الاعتمادات الدولية</translation>
    </message>
    <message>
        <source>National accreditations</source>
        <translation>الاعتمادات الوطنية</translation>
    </message>
    <message>
        <source>Authorizations</source>
        <translation>الرخص</translation>
    </message>
    <message>
        <source>Other cities</source>
        <translation>مدن أخرى</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>المنح</translation>
    </message>
    <message>
        <source>Suspensions</source>
        <translation>التوقيفات</translation>
    </message>
    <message>
        <source>Revocations</source>
        <translation>السحوبات</translation>
    </message>
    <message>
        <source>New entrants</source>
        <translation>الوافدون الجدد</translation>
    </message>
    <message>
        <source>National productions</source>
        <translation>الإنتاجات الوطنية</translation>
    </message>
    <message>
        <source>Foreign productions</source>
        <translation>الإنتاجات الأجنبية</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <source>Kingdom of Morocco</source>
        <translation>المملكة المغربية</translation>
    </message>
    <message>
        <source>Moroccan Cinema Center</source>
        <translation>المركز السينمائي المغربي</translation>
    </message>
    <message>
        <source>Statistics of the register</source>
        <translation>إحصائيات السجل</translation>
    </message>
    <message>
        <source>Rights in force on %1; years %2 to %3</source>
        <translation>الحقوق السارية بتاريخ %1؛ السنوات من %2 إلى %3</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>الحق</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Professional body</source>
        <translation>الهيئة المهنية</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>National</source>
        <translation>الوطنية</translation>
    </message>
    <message>
        <source>International</source>
        <translation>الدولية</translation>
    </message>
</context>
<context>
    <name>StatisticsService</name>
    <message>
        <source>The year (--%1) must be between %2 and %3.</source>
        <translation>يجب أن تكون السنة (--%1) بين %2 و%3.</translation>
    </message>
    <message>
        <source>The first year (--from %1) comes after the last year (--to %2).</source>
        <translation>السنة الأولى (--from %1) تأتي بعد السنة الأخيرة (--to %2).</translation>
    </message>
    <message numerus="yes">
        <source>A period of at most %n years can be shown (--from, --to).</source>
        <translation>
            <numerusform>لا يمكن عرض فترة تتجاوز %n سنة (--from، --to).</numerusform>
            <numerusform>لا يمكن عرض فترة تتجاوز سنة واحدة (%n) (--from، --to).</numerusform>
            <numerusform>لا يمكن عرض فترة تتجاوز سنتين (%n) (--from، --to).</numerusform>
            <numerusform>لا يمكن عرض فترة تتجاوز %n سنوات (--from، --to).</numerusform>
            <numerusform>لا يمكن عرض فترة تتجاوز %n سنة (--from، --to).</numerusform>
            <numerusform>لا يمكن عرض فترة تتجاوز %n سنة (--from، --to).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusList</name>
    <message>
        <source>The status list is not readable.</source>
        <translation>قائمة الحالات غير مقروءة.</translation>
    </message>
    <message>
        <source>The status list is signed with key %1, which is not published.</source>
        <translation>قائمة الحالات موقعة بالمفتاح %1، وهو غير منشور.</translation>
    </message>
    <message>
        <source>The status list&apos;s signature does not match its content: it was altered and is refused.</source>
        <translation>توقيع قائمة الحالات لا يطابق محتواها: القائمة معدَّلة ومرفوضة.</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>without limit</source>
        <translation>غير محددة المدة</translation>
    </message>
    <message>
        <source>authorization</source>
        <translation>رخصة</translation>
    </message>
    <message>
        <source>national accreditation</source>
        <translation>اعتماد وطني</translation>
    </message>
    <message>
        <source>international accreditation</source>
        <translation>اعتماد دولي</translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <source>%1 is too long: %2 characters, at most %3.</source>
        <translation>%1: طويل جدًا (%2 حرفًا، والحد الأقصى %3).</translation>
    </message>
    <message>
        <source>%1 contains U+FFFD, the mark of text that was not valid UTF-8; type it again.</source>
        <translation>%1: يحتوي على U+FFFD، وهو أثر نص لم يكن بترميز UTF-8 صالح؛ أعد كتابته.</translation>
    </message>
    <message>
        <source>%1 contains a bidirectional control character (%2), which would make it read differently from what is stored.</source>
        <translation>%1: يحتوي على محرف تحكم في اتجاه الكتابة (%2)، يجعله يُقرأ على غير ما هو مسجَّل.</translation>
    </message>
    <message>
        <source>%1 contains a control character (%2, e.g. a line break, a tab or an escape); only printable text is allowed.</source>
        <translation>%1: يحتوي على محرف تحكم (%2، مثل فاصل سطر أو جدولة أو محرف هروب)؛ لا يُقبل إلا نص قابل للطباعة.</translation>
    </message>
    <message>
        <source>%1 has no visible letter or digit.</source>
        <translation>%1: لا يحتوي على أي حرف أو رقم ظاهر.</translation>
    </message>
</context>
<context>
    <name>VerificationPagePublisher</name>
    <message>
        <source>The verification page could not be written into %1: %2.</source>
        <translation>تعذرت كتابة صفحة التحقق في %1: %2.</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>لا يمكن إنشاء المجلد</translation>
    </message>
    <message>
        <source>the program&apos;s copy of %1 is missing</source>
        <translation>نسخة %1 المرفقة بالبرنامج مفقودة</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>The file is not a readable XLSX workbook.</source>
        <translation>الملف ليس مصنف XLSX قابلًا للقراءة.</translation>
    </message>
    <message>
        <source>The sheet is empty: a header row naming the columns is required.</source>
        <translation>الورقة فارغة: يلزم سطر عناوين يسمّي الأعمدة.</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>تتعذر كتابة %1: %2.</translation>
    </message>
    <message>
        <source>the workbook cannot be created</source>
        <translation>يتعذر إنشاء المصنف</translation>
    </message>
</context>
<context>
    <name>cinereg::ui::AccountsDialog</name>
    <message>
        <source>New account…</source>
        <translation>حساب جديد…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>تعطيل</translation>
    </message>
    <message>
        <source>Change the role</source>
        <translation>تغيير الدور</translation>
    </message>
    <message>
        <source>New password…</source>
        <translation>كلمة مرور جديدة…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>اسم الدخول</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>تاريخ الإحداث</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>أحدثه</translation>
    </message>
    <message>
        <source>active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>إعادة التفعيل</translation>
    </message>
    <message>
        <source>Select an account in the list.</source>
        <translation>اختر حسابًا من القائمة.</translation>
    </message>
</context>
<context>
    <name>cinereg::ui::ApplicationDecisionDialog</name>
    <message>
        <source>Grant</source>
        <translation>منح</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>Decide on the dossier</source>
        <translation>البت في الملف</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>المقرر</translation>
    </message>
    <message>
        <source>Decision reference</source>
        <translation>مرجع المقرر</translation>
    </message>
    <message>
        <source>Decision signed on</source>
        <translation>تاريخ توقيع المقرر</translation>
    </message>
    <message>
        <source>Renewal takes effect on</source>
        <translation>يسري التجديد ابتداء من</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>صالح ابتداءً من</translation>
    </message>
    <message>
        <source>New end of validity</source>
        <translation>النهاية الجديدة للصلاحية</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>صالح إلى غاية</translation>
    </message>
    <message>
        <source>Reason of the refusal</source>
        <translation>سبب الرفض</translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation>تسجيل المقرر</translation>
    </message>
    <message>
        <source>Propose the decision</source>
        <translation>اقتراح القرار</translation>
    </message>
</context>
<context>
    <name>cinereg::ui::ApplicationPage</name>
    <message>
        <source>Attach a scan…</source>
        <translation>إرفاق نسخة ممسوحة…</translation>
    </message>
    <message>
        <source>Open the scan</source>
        <translation>فتح النسخة الممسوحة</translation>
    </message>
    <message>
        <source>Save the scan as…</source>
        <translation>حفظ النسخة الممسوحة باسم…</translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation>البت…</translation>
    </message>
    <message>
        <source>Withdrawn by the company…</source>
        <translation>سحبته الشركة…</translation>
    </message>
    <message>
        <source>Open the company</source>
        <translation>فتح الشركة</translation>
    </message>
    <message>
        <source>Pieces of the dossier</source>
        <translation>وثائق الملف</translation>
    </message>
    <message>
        <source>Piece (tick when received)</source>
        <translation>الوثيقة (ضع علامة عند التسلم)</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>تاريخ الوثيقة</translation>
    </message>
    <message>
        <source>State today</source>
        <translation>الحالة اليوم</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>النسخة الممسوحة</translation>
    </message>
    <message>
        <source>Print the receipt…</source>
        <translation>طباعة وصل الإيداع…</translation>
    </message>
    <message>
        <source>Save the receipt as PDF…</source>
        <translation>حفظ وصل الإيداع بصيغة PDF…</translation>
    </message>
    <message>
        <source>Dossier %1</source>
        <translation>الملف %1</translation>
    </message>
    <message numerus="yes">
        <source>open, overdue by %n day(s)</source>
        <translation>
            <numerusform>مفتوح، تجاوز الأجل بـ %n يوم</numerusform>
            <numerusform>مفتوح، تجاوز الأجل بيوم واحد</numerusform>
            <numerusform>مفتوح، تجاوز الأجل بيومين</numerusform>
            <numerusform>مفتوح، تجاوز الأجل بـ %n أيام</numerusform>
            <numerusform>مفتوح، تجاوز الأجل بـ %n يوما</numerusform>
            <numerusform>مفتوح، تجاوز الأجل بـ %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Received on %2 · decision due by &lt;b&gt;%3&lt;/b&gt; · status: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;تاريخ التسلم %2 · الأجل الأقصى للبت &lt;b&gt;%3&lt;/b&gt; · الوضعية: %4</translation>
    </message>
    <message>
        <source>Decision %1 of %2</source>
        <translation>المقرر %1 بتاريخ %2</translation>
    </message>
    <message>
        <source>Withdrawn on %1</source>
        <translation>سحب بتاريخ %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>السبب: %1</translation>
    </message>
    <message>
        <source>Remove the piece</source>
        <translation>حذف الوثيقة</translation>
    </message>
    <message>
        <source>Remove the %1 and its scan %2 from the dossier?</source>
        <translation>حذف الوثيقة «%1» ونسختها الممسوحة %2 من الملف؟</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>Attach a scan of the %1</source>
        <translation>إرفاق نسخة ممسوحة من «%1»</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>النسخ الممسوحة (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Save the scan as</source>
        <translation>حفظ النسخة الممسوحة باسم</translation>
    </message>
    <message>
        <source>Dossier withdrawn</source>
        <translation>ملف مسحوب</translation>
    </message>
    <message>
        <source>The company withdrew dossier %1. Reason (optional):</source>
        <translation>سحبت الشركة الملف %1. السبب (اختياري):</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>وصل الإيداع %1</translation>
    </message>
    <message>
        <source>Save the receipt as PDF</source>
        <translation>حفظ وصل الإيداع بصيغة PDF</translation>
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
        <translation>الملفات المفتوحة فقط</translation>
    </message>
    <message>
        <source>Decision due by</source>
        <translation>الأجل الأقصى للبت</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>وصل الإيداع</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <source>Asks for</source>
        <translation>موضوع الطلب</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>تاريخ التسلم</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضعية</translation>
    </message>
    <message>
        <source>Missing pieces</source>
        <translation>الوثائق الناقصة</translation>
    </message>
    <message>
        <source>New dossier…</source>
        <translation>ملف جديد…</translation>
    </message>
    <message>
        <source>Open the dossier</source>
        <translation>فتح الملف</translation>
    </message>
    <message numerus="yes">
        <source>open, overdue by %n day(s)</source>
        <translation>
            <numerusform>مفتوح، تجاوز الأجل بـ %n يوم</numerusform>
            <numerusform>مفتوح، تجاوز الأجل بيوم واحد</numerusform>
            <numerusform>مفتوح، تجاوز الأجل بيومين</numerusform>
            <numerusform>مفتوح، تجاوز الأجل بـ %n أيام</numerusform>
            <numerusform>مفتوح، تجاوز الأجل بـ %n يوما</numerusform>
            <numerusform>مفتوح، تجاوز الأجل بـ %n يوم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cinereg::ui::ApprovalView</name>
    <message>
        <source>Approve</source>
        <translation>المصادقة</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>الرفض</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>المقترح</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>اقترحه</translation>
    </message>
    <message>
        <source>Proposed on</source>
        <translation>تاريخ الاقتراح</translation>
    </message>
    <message>
        <source>The selected proposal</source>
        <translation>المقترح المحدد</translation>
    </message>
    <message>
        <source>Rule check as of today</source>
        <translation>مراقبة القواعد إلى غاية اليوم</translation>
    </message>
    <message>
        <source>Reason for rejecting</source>
        <translation>سبب الرفض</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) awaiting approval</source>
        <translation>
            <numerusform>%n مقترح في انتظار المصادقة</numerusform>
            <numerusform>مقترح واحد في انتظار المصادقة</numerusform>
            <numerusform>مقترحان في انتظار المصادقة</numerusform>
            <numerusform>%n مقترحات في انتظار المصادقة</numerusform>
            <numerusform>%n مقترحًا في انتظار المصادقة</numerusform>
            <numerusform>%n مقترح في انتظار المصادقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>الشركة: %1</translation>
    </message>
    <message>
        <source>Decision reference: %1</source>
        <translation>مرجع القرار: %1</translation>
    </message>
    <message>
        <source>Takes effect on: %1</source>
        <translation>يسري ابتداءً من: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>السبب: %1</translation>
    </message>
    <message>
        <source>Proposed by %1 on %2</source>
        <translation>اقترحه %1 بتاريخ %2</translation>
    </message>
    <message>
        <source>Select a proposal in the list.</source>
        <translation>اختر مقترحًا من القائمة.</translation>
    </message>
    <message>
        <source>The rules hold today: approving it puts it into effect.</source>
        <translation>القواعد مستوفاة إلى غاية اليوم: المصادقة عليه تجعله ساري المفعول.</translation>
    </message>
    <message>
        <source>Proposal %1 approved: the decision is in effect.</source>
        <translation>صودق على المقترح رقم %1: القرار ساري المفعول.</translation>
    </message>
    <message>
        <source>Proposal %1 approved: the decision is in effect (%2).</source>
        <translation>صودق على المقترح رقم %1: القرار ساري المفعول (%2).</translation>
    </message>
    <message>
        <source>Proposal %1 rejected.</source>
        <translation>رُفض المقترح رقم %1.</translation>
    </message>
</context>
<context>
    <name>cinereg::ui::BatchPrintDialog</name>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <source>Batch printing of certificates</source>
        <translation>الطباعة الجماعية للشهادات</translation>
    </message>
    <message>
        <source>Both tiers</source>
        <translation>الصنفان معا</translation>
    </message>
    <message>
        <source>&amp;Tier</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <source>Accreditations effective &amp;on</source>
        <translation>الاعتمادات السارية بتاريخ</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) to print.</source>
        <translation>
            <numerusform>لا توجد أي شهادة للطباعة.</numerusform>
            <numerusform>شهادة واحدة للطباعة.</numerusform>
            <numerusform>شهادتان للطباعة.</numerusform>
            <numerusform>%n شهادات للطباعة.</numerusform>
            <numerusform>%n شهادة للطباعة.</numerusform>
            <numerusform>%n شهادة للطباعة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Published &amp;list (PDF)…</source>
        <translation>القائمة المنشورة (PDF)…</translation>
    </message>
    <message>
        <source>Save the published list</source>
        <translation>حفظ القائمة المنشورة</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>تتعذر كتابة %1.</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n company(ies) selected in the register</source>
        <translation>
            <numerusform>فقط الشركات المحددة في السجل</numerusform>
            <numerusform>فقط الشركة المحددة في السجل</numerusform>
            <numerusform>فقط الشركتان المحددتان في السجل</numerusform>
            <numerusform>فقط الشركات الـ%n المحددة في السجل</numerusform>
            <numerusform>فقط الشركات الـ%n المحددة في السجل</numerusform>
            <numerusform>فقط الشركات الـ%n المحددة في السجل</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cinereg::ui::CertificatesPanel</name>
    <message>
        <source>Print certificate…</source>
        <translation>طباعة الشهادة…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>الشهادة</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>الاعتماد</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>تاريخ التسليم</translation>
    </message>
    <message>
        <source>Prints</source>
        <translation>عدد الطبعات</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>سلمها</translation>
    </message>
    <message>
        <source>Accreditation to certify</source>
        <translation>الاعتماد المراد الإشهاد عليه</translation>
    </message>
    <message>
        <source>No accreditation effective today</source>
        <translation>لا يوجد اعتماد ساري المفعول اليوم</translation>
    </message>
</context>
<context>
    <name>cinereg::ui::CompanyForm</name>
    <message>
        <source>The ICE is right although its check key fails</source>
        <translation>الرقم ICE صحيح رغم خطأ مفتاح التحقق</translation>
    </message>
    <message>
        <source>Name (Latin script)</source>
        <translation>الاسم (بالحروف اللاتينية)</translation>
    </message>
    <message>
        <source>Name (Arabic script)</source>
        <translation>الاسم (بالحروف العربية)</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>الشكل القانوني</translation>
    </message>
    <message>
        <source>RC number</source>
        <translation>رقم السجل التجاري</translation>
    </message>
    <message>
        <source>RC court</source>
        <translation>محكمة السجل التجاري</translation>
    </message>
    <message>
        <source>ICE</source>
        <translation>ICE</translation>
    </message>
    <message>
        <source>Tax identifier (IF)</source>
        <translation>التعريف الضريبي</translation>
    </message>
    <message>
        <source>CNSS affiliation</source>
        <translation>رقم الانخراط في الضمان الاجتماعي</translation>
    </message>
    <message>
        <source>Fully paid capital (MAD)</source>
        <translation>رأس المال المحرر بالكامل (درهم)</translation>
    </message>
    <message>
        <source>Registered office</source>
        <translation>المقر الاجتماعي</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>المسير</translation>
    </message>
    <message>
        <source>Manager&apos;s CNIE or residence permit</source>
        <translation>البطاقة الوطنية أو بطاقة الإقامة للمسير</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Professional bodies</source>
        <translation>الهيئات المهنية</translation>
    </message>
</context>
<context>
    <name>cinereg::ui::CompanyPage</name>
    <message>
        <source>Save changes</source>
        <translation>حفظ التغييرات</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>الهوية</translation>
    </message>
    <message>
        <source>Rights and decisions</source>
        <translation>الحقوق والمقررات</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Grant authorization…</source>
        <translation>منح الرخصة…</translation>
    </message>
    <message>
        <source>Grant accreditation…</source>
        <translation>منح اعتماد…</translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation>تجديد…</translation>
    </message>
    <message>
        <source>Suspend…</source>
        <translation>توقيف…</translation>
    </message>
    <message>
        <source>Reinstate…</source>
        <translation>إرجاع…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>سحب…</translation>
    </message>
    <message>
        <source>Productions</source>
        <translation>الإنتاجات</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Record a production…</source>
        <translation>تسجيل إنتاج…</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>الشهادات</translation>
    </message>
    <message>
        <source>Click a right to renew, suspend, reinstate or revoke it.</source>
        <translation>انقر على حق لتجديده أو توقيفه أو إرجاعه أو سحبه.</translation>
    </message>
    <message>
        <source>Nothing to save: no field has been changed.</source>
        <translation>لا شيء للحفظ: لم يتم تعديل أي حقل.</translation>
    </message>
    <message>
        <source>Awaiting approval, not in force: proposal %1 — %2 (proposed by %3)</source>
        <translation>في انتظار المصادقة، غير ساري المفعول: المقترح رقم %1 — %2 (اقترحه %3)</translation>
    </message>
</context>
<context>
    <name>cinereg::ui::CompanyPicker</name>
    <message>
        <source>Type a name, an ICE or an RC number; Down lists the companies</source>
        <translation>اكتب اسمًا أو التعريف الموحد للمقاولة أو رقم السجل التجاري؛ يعرض السهم السفلي قائمة الشركات</translation>
    </message>
    <message>
        <source>no authorization</source>
        <translation>بدون رخصة</translation>
    </message>
    <message>
        <source>No company matches.</source>
        <translation>لا توجد شركة مطابقة.</translation>
    </message>
</context>
<context>
    <name>cinereg::ui::ConnectDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>الاتصال بخادم</translation>
    </message>
    <message>
        <source>e.g. registre.ccm.local</source>
        <translation>مثال: registre.ccm.local</translation>
    </message>
    <message>
        <source>e.g. cinereg</source>
        <translation>مثال: cinereg</translation>
    </message>
    <message>
        <source>your login on the server</source>
        <translation>اسم المستخدم الخاص بك على الخادم</translation>
    </message>
    <message>
        <source>The register of the office is kept on a PostgreSQL server. cinereg never stores a password: it is read from ~/.pgpass, or asked for when the server needs one.</source>
        <translation>يُمسَك سجل المصلحة على خادم PostgreSQL. لا يحفظ cinereg أي كلمة مرور أبدًا: تُقرأ من الملف pgpass في المجلد الشخصي للمستخدم، أو تُطلب عندما يستلزمها الخادم.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>ال&amp;خادم:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ال&amp;منفذ:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;قاعدة البيانات:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>اسم الم&amp;ستخدم:</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>ا&amp;تصال</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>%1: required.</source>
        <translation>%1: إلزامي.</translation>
    </message>
</context>
<context>
    <name>cinereg::ui::DashboardView</name>
    <message numerus="yes">
        <source>within %n day(s)</source>
        <translation>
            <numerusform>خلال %n يوم</numerusform>
            <numerusform>خلال يوم واحد</numerusform>
            <numerusform>خلال يومين</numerusform>
            <numerusform>خلال %n أيام</numerusform>
            <numerusform>خلال %n يوماً</numerusform>
            <numerusform>خلال %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>ينتهي في</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>الحق</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <source>Suspended since</source>
        <translation>موقوف منذ</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>آخر نشاط</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Rights ending soon</source>
        <translation>حقوق تقترب نهايتها</translation>
    </message>
    <message>
        <source>Suspended rights</source>
        <translation>الحقوق الموقوفة</translation>
    </message>
    <message numerus="yes">
        <source>Authorized companies without a production for %n year(s)</source>
        <translation>
            <numerusform>شركات مرخصة دون إنتاج منذ %n سنة</numerusform>
            <numerusform>شركات مرخصة دون إنتاج منذ سنة</numerusform>
            <numerusform>شركات مرخصة دون إنتاج منذ سنتين</numerusform>
            <numerusform>شركات مرخصة دون إنتاج منذ %n سنوات</numerusform>
            <numerusform>شركات مرخصة دون إنتاج منذ %n سنة</numerusform>
            <numerusform>شركات مرخصة دون إنتاج منذ %n سنة</numerusform>
        </translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Asks for</source>
        <translation>موضوع الطلب</translation>
    </message>
    <message numerus="yes">
        <source>Dossiers due within %n day(s) or overdue</source>
        <translation>
            <numerusform>ملفات يجب البت فيها خلال %n يوم أو تجاوزت أجلها</numerusform>
            <numerusform>ملفات يجب البت فيها خلال يوم واحد أو تجاوزت أجلها</numerusform>
            <numerusform>ملفات يجب البت فيها خلال يومين أو تجاوزت أجلها</numerusform>
            <numerusform>ملفات يجب البت فيها خلال %n أيام أو تجاوزت أجلها</numerusform>
            <numerusform>ملفات يجب البت فيها خلال %n يوما أو تجاوزت أجلها</numerusform>
            <numerusform>ملفات يجب البت فيها خلال %n يوم أو تجاوزت أجلها</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the register…</source>
        <translation>جار قراءة السجل…</translation>
    </message>
    <message>
        <source>Standing today</source>
        <translation>الوضعية اليوم</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>الشركات</translation>
    </message>
    <message>
        <source>Authorized companies</source>
        <translation>الشركات المرخص لها</translation>
    </message>
    <message>
        <source>National accreditations in force</source>
        <translation>اعتمادات وطنية نافذة</translation>
    </message>
    <message>
        <source>International accreditations in force</source>
        <translation>اعتمادات دولية نافذة</translation>
    </message>
    <message>
        <source>Open dossiers</source>
        <translation>ملفات قيد الدراسة</translation>
    </message>
    <message>
        <source>Overdue dossiers</source>
        <translation>ملفات متأخرة</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>الوضعية</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>الأجل</translation>
    </message>
    <message>
        <source>%1 (renewal)</source>
        <translation>%1 (تجديد)</translation>
    </message>
    <message>
        <source>Decisions awaiting approval</source>
        <translation>قرارات في انتظار المصادقة</translation>
    </message>
</context>
<context>
    <name>cinereg::ui::DecisionDialog</name>
    <message>
        <source>Grant the authorization</source>
        <translation>منح الرخصة</translation>
    </message>
    <message>
        <source>Grant an accreditation</source>
        <translation>منح اعتماد</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>تجديد</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>توقيف</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>إرجاع</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>سحب</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>الحق</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Decision reference</source>
        <translation>مرجع المقرر</translation>
    </message>
    <message>
        <source>Decision signed on</source>
        <translation>تاريخ توقيع المقرر</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>صالح ابتداءً من</translation>
    </message>
    <message>
        <source>Takes effect on</source>
        <translation>يسري ابتداءً من</translation>
    </message>
    <message>
        <source>New end of validity</source>
        <translation>النهاية الجديدة للصلاحية</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>صالح إلى غاية</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation>تسجيل المقرر</translation>
    </message>
    <message>
        <source>These accreditations will no longer be in force from %1:
%2</source>
        <translation>لن تبقى هذه الاعتمادات نافذة ابتداءً من %1:
%2</translation>
    </message>
    <message>
        <source>Propose the decision</source>
        <translation>اقتراح القرار</translation>
    </message>
</context>
<context>
    <name>cinereg::ui::EligibilityView</name>
    <message>
        <source>Production</source>
        <translation>الإنتاج</translation>
    </message>
    <message>
        <source>shot from</source>
        <translation>يُصور من</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <source>ICE</source>
        <translation>ICE</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>الاعتماد</translation>
    </message>
    <message>
        <source>May execute?</source>
        <translation>مؤهلة للتنفيذ؟</translation>
    </message>
    <message>
        <source>The last shooting day is before the first.</source>
        <translation>آخر يوم تصوير يسبق أول يوم.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation>لا: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n company(ies) may execute it on every shooting day.</source>
        <translation>
            <numerusform>لا توجد شركة مؤهلة لتنفيذه في كل أيام التصوير (%n).</numerusform>
            <numerusform>شركة واحدة مؤهلة لتنفيذه في كل أيام التصوير (%n).</numerusform>
            <numerusform>شركتان مؤهلتان لتنفيذه في كل أيام التصوير (%n).</numerusform>
            <numerusform>%n شركات مؤهلة لتنفيذه في كل أيام التصوير.</numerusform>
            <numerusform>%n شركة مؤهلة لتنفيذه في كل أيام التصوير.</numerusform>
            <numerusform>%n شركة مؤهلة لتنفيذه في كل أيام التصوير.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the register…</source>
        <translation>جار قراءة السجل…</translation>
    </message>
    <message>
        <source>Record a production…</source>
        <translation>تسجيل إنتاج…</translation>
    </message>
    <message>
        <source>Records a production of this kind and these dates executed by the company selected in the list</source>
        <translation>تسجيل إنتاج من هذا النوع وفي هذه التواريخ تنفذه الشركة المحددة في القائمة</translation>
    </message>
</context>
<context>
    <name>cinereg::ui::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Companies with their standing</source>
        <translation>الشركات مع وضعيتها</translation>
    </message>
    <message>
        <source>Members of a professional body</source>
        <translation>أعضاء هيئة مهنية</translation>
    </message>
    <message>
        <source>Authorizations and accreditations</source>
        <translation>الرخص والاعتمادات</translation>
    </message>
    <message>
        <source>List:</source>
        <translation>القائمة:</translation>
    </message>
    <message>
        <source>Professional body:</source>
        <translation>الهيئة المهنية:</translation>
    </message>
    <message>
        <source>All companies</source>
        <translation>كل الشركات</translation>
    </message>
    <message>
        <source>Right in force:</source>
        <translation>الحق الساري:</translation>
    </message>
    <message>
        <source>Standing on:</source>
        <translation>الوضعية في:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>مصنف Excel (*.xlsx);;CSV، UTF-8 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>لم يُكتب أي سطر في %1.</numerusform>
            <numerusform>كُتب سطر واحد في %1.</numerusform>
            <numerusform>كُتب سطران في %1.</numerusform>
            <numerusform>كُتبت %n أسطر في %1.</numerusform>
            <numerusform>كُتب %n سطرًا في %1.</numerusform>
            <numerusform>كُتب %n سطر في %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cinereg::ui::ImportDialog</name>
    <message>
        <source>Import companies</source>
        <translation>استيراد شركات</translation>
    </message>
    <message>
        <source>Import rights</source>
        <translation>استيراد حقوق</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>لم يُختر أي ملف.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>اختيار ملف…</translation>
    </message>
    <message>
        <source>First rows of the sheet:</source>
        <translation>الأسطر الأولى من الجدول:</translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>الأسطر المرفوضة:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Import the valid rows and leave out the rejected ones</source>
        <translation>استيراد الأسطر الصحيحة وترك الأسطر المرفوضة</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;استيراد</translation>
    </message>
    <message>
        <source>Sheets (*.csv *.xlsx);;All files (*)</source>
        <translation>جداول (*.csv *.xlsx);;كل الملفات (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported.</source>
        <translation>
            <numerusform>لم يُستورد أي سطر.</numerusform>
            <numerusform>استُورد سطر واحد.</numerusform>
            <numerusform>استُورد سطران.</numerusform>
            <numerusform>استُوردت %n أسطر.</numerusform>
            <numerusform>استُورد %n سطرًا.</numerusform>
            <numerusform>استُورد %n سطر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>أُلغي الاستيراد: لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>أُلغي التحقق.</translation>
    </message>
    <message numerus="yes">
        <source>Every row is valid: %n row(s) ready to import.</source>
        <translation>
            <numerusform>كل الأسطر صحيحة: لا سطر جاهز للاستيراد.</numerusform>
            <numerusform>كل الأسطر صحيحة: سطر واحد جاهز للاستيراد.</numerusform>
            <numerusform>كل الأسطر صحيحة: سطران جاهزان للاستيراد.</numerusform>
            <numerusform>كل الأسطر صحيحة: %n أسطر جاهزة للاستيراد.</numerusform>
            <numerusform>كل الأسطر صحيحة: %n سطرًا جاهزًا للاستيراد.</numerusform>
            <numerusform>كل الأسطر صحيحة: %n سطر جاهز للاستيراد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected (see why above); fix them in the sheet and choose it again, or import only the valid rows.</source>
        <translation>
            <numerusform>لم يُرفض أي سطر.</numerusform>
            <numerusform>رُفض سطر واحد (انظر السبب أعلاه)؛ صحّحه في الجدول ثم اختره من جديد، أو استورد الأسطر الصحيحة فقط.</numerusform>
            <numerusform>رُفض سطران (انظر السبب أعلاه)؛ صحّحهما في الجدول ثم اختره من جديد، أو استورد الأسطر الصحيحة فقط.</numerusform>
            <numerusform>رُفضت %n أسطر (انظر الأسباب أعلاه)؛ صحّحها في الجدول ثم اختره من جديد، أو استورد الأسطر الصحيحة فقط.</numerusform>
            <numerusform>رُفض %n سطرًا (انظر الأسباب أعلاه)؛ صحّحها في الجدول ثم اختره من جديد، أو استورد الأسطر الصحيحة فقط.</numerusform>
            <numerusform>رُفض %n سطر (انظر الأسباب أعلاه)؛ صحّحها في الجدول ثم اختره من جديد، أو استورد الأسطر الصحيحة فقط.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a file: its rows are checked before anything is imported.</source>
        <translation>اختر ملفًا: يتم التحقق من أسطره قبل أي استيراد.</translation>
    </message>
</context>
<context>
    <name>cinereg::ui::LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>اسم الدخول</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>cinereg — sign in</source>
        <translation>cinereg — تسجيل الدخول</translation>
    </message>
    <message>
        <source>This register has accounts: sign in to work on it.
%1</source>
        <translation>يتضمن هذا السجل حسابات: يُرجى تسجيل الدخول للعمل عليه.
%1</translation>
    </message>
</context>
<context>
    <name>cinereg::ui::MainWindow</name>
    <message>
        <source>cinereg — register of film production rights — %1</source>
        <translation>cinereg — سجل حقوق الإنتاج السينمائي — %1</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Who may execute?</source>
        <translation>من يحق له التنفيذ؟</translation>
    </message>
    <message>
        <source>Productions</source>
        <translation>الإنتاجات</translation>
    </message>
    <message>
        <source>Today: %1 — user: %2</source>
        <translation>اليوم: %1 — المستخدم: %2</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>&amp;New company…</source>
        <translation>شركة جديدة…</translation>
    </message>
    <message>
        <source>&amp;Find a company</source>
        <translation>البحث عن شركة</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإعدادات…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <source>Re&amp;gister</source>
        <translation>ال&amp;سجل</translation>
    </message>
    <message>
        <source>&amp;Who may execute?</source>
        <translation>من يحق له التنفيذ؟</translation>
    </message>
    <message>
        <source>&amp;Productions</source>
        <translation>الإنتاجات</translation>
    </message>
    <message>
        <source>&amp;Close the company tab</source>
        <translation>إغلاق تبويب الشركة</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>&amp;About cinereg</source>
        <translation>حول cinereg</translation>
    </message>
    <message>
        <source>About cinereg</source>
        <translation>حول cinereg</translation>
    </message>
    <message>
        <source>&lt;b&gt;cinereg %1&lt;/b&gt;&lt;br&gt;Register of film production rights of the Centre cinématographique marocain.&lt;br&gt;Register file: %2</source>
        <translation>&lt;b&gt;cinereg %1&lt;/b&gt;&lt;br&gt;سجل حقوق الإنتاج السينمائي للمركز السينمائي المغربي.&lt;br&gt;ملف السجل: %2</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <source>New &amp;dossier…</source>
        <translation>ملف &amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Dossiers</source>
        <translation>&amp;الملفات</translation>
    </message>
    <message>
        <source>&amp;Certificates</source>
        <translation>الشهادات</translation>
    </message>
    <message>
        <source>&amp;Batch printing…</source>
        <translation>الطباعة الجماعية…</translation>
    </message>
    <message>
        <source>&amp;Verify a certificate…</source>
        <translation>التحقق من شهادة…</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>الإحصائيات</translation>
    </message>
    <message>
        <source>Open the &amp;demonstration register</source>
        <translation>فتح السجل ال&amp;تجريبي</translation>
    </message>
    <message>
        <source>&amp;Import companies…</source>
        <translation>&amp;استيراد شركات…</translation>
    </message>
    <message>
        <source>Import &amp;rights…</source>
        <translation>استيراد &amp;حقوق…</translation>
    </message>
    <message>
        <source>&amp;Export companies…</source>
        <translation>&amp;تصدير الشركات…</translation>
    </message>
    <message>
        <source>Export a &amp;body&apos;s members…</source>
        <translation>تصدير أعضاء &amp;هيئة…</translation>
    </message>
    <message>
        <source>Export ri&amp;ghts…</source>
        <translation>تصدير ال&amp;حقوق…</translation>
    </message>
    <message>
        <source>&amp;Publish the verification page…</source>
        <translation>&amp;نشر صفحة التحقق…</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>ال&amp;إحصائيات</translation>
    </message>
    <message>
        <source>Demonstration register</source>
        <translation>السجل التجريبي</translation>
    </message>
    <message>
        <source>The demonstration register could not be started.</source>
        <translation>تعذر فتح السجل التجريبي.</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>في انتظار المصادقة</translation>
    </message>
    <message>
        <source>Awaiting approval (%1)</source>
        <translation>في انتظار المصادقة (%1)</translation>
    </message>
    <message>
        <source>&amp;Connect to a server…</source>
        <translation>الا&amp;تصال بخادم…</translation>
    </message>
    <message>
        <source>Recent ser&amp;vers</source>
        <translation>الخوادم الأ&amp;خيرة</translation>
    </message>
    <message>
        <source>&amp;Open a register file…</source>
        <translation>&amp;فتح ملف سجل…</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>ال&amp;حسابات…</translation>
    </message>
    <message>
        <source>Create the first &amp;account…</source>
        <translation>إحداث ال&amp;حساب الأول…</translation>
    </message>
    <message>
        <source>&amp;Awaiting approval</source>
        <translation>&amp;في انتظار المصادقة</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>اليوم: %1</translation>
    </message>
    <message>
        <source>Create the first account</source>
        <translation>إحداث الحساب الأول</translation>
    </message>
    <message>
        <source>Creating the first account ends single-user mode for good: from then on everyone signs in, and every decision takes effect only once a second person has approved it. The first account is an admin. Continue?</source>
        <translation>إحداث الحساب الأول ينهي وضع المستخدم الواحد نهائيًا: ومن ثم يسجّل الجميع دخولهم، ولا يسري أي قرار إلا بعد مصادقة شخص ثانٍ عليه. الحساب الأول حساب مدير. هل تريد المتابعة؟</translation>
    </message>
    <message>
        <source>Open a register file</source>
        <translation>فتح ملف سجل</translation>
    </message>
    <message>
        <source>cinereg registers (*.cinereg);;All files (*)</source>
        <translation>سجلات cinereg ‏(*.cinereg);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>The server of the register cannot be reached; cinereg keeps trying to connect again.</source>
        <translation>يتعذّر الوصول إلى خادم السجل؛ يواصل cinereg محاولة الاتصال به من جديد.</translation>
    </message>
</context>
<context>
    <name>cinereg::ui::NewAccountDialog</name>
    <message>
        <source>The first account</source>
        <translation>الحساب الأول</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>حساب جديد</translation>
    </message>
    <message>
        <source>This register is in single-user mode. Its first account is an admin, and creating it ends single-user mode for good: from then on everyone signs in, and every decision takes effect only once a second person has approved it.</source>
        <translation>هذا السجل في وضع المستخدم الواحد. حسابه الأول حساب مدير، وإحداثه ينهي وضع المستخدم الواحد نهائيًا: ومن ثم يسجّل الجميع دخولهم، ولا يسري أي قرار إلا بعد مصادقة شخص ثانٍ عليه.</translation>
    </message>
    <message>
        <source>The first account of a register must be an admin.</source>
        <translation>يجب أن يكون الحساب الأول في السجل حساب مدير.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>اسم الدخول</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>تأكيد كلمة المرور</translation>
    </message>
    <message numerus="yes">
        <source>at least %n character(s)</source>
        <translation>
            <numerusform>%n حرف على الأقل</numerusform>
            <numerusform>حرف واحد على الأقل</numerusform>
            <numerusform>حرفان على الأقل</numerusform>
            <numerusform>%n أحرف على الأقل</numerusform>
            <numerusform>%n حرفًا على الأقل</numerusform>
            <numerusform>%n حرف على الأقل</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the account</source>
        <translation>إحداث الحساب</translation>
    </message>
    <message>
        <source>Password again: the two passwords differ.</source>
        <translation>تأكيد كلمة المرور: كلمتا المرور غير متطابقتين.</translation>
    </message>
</context>
<context>
    <name>cinereg::ui::NewApplicationDialog</name>
    <message>
        <source>Renewal of the company&apos;s right of that kind</source>
        <translation>تجديد الحق من هذا النوع الذي تتوفر عليه الشركة</translation>
    </message>
    <message>
        <source>New dossier</source>
        <translation>ملف جديد</translation>
    </message>
    <message>
        <source>next REC-YEAR-NNNN</source>
        <translation>الرقم الموالي REC-السنة-NNNN</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <source>Asks for</source>
        <translation>موضوع الطلب</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>تاريخ التسلم</translation>
    </message>
    <message>
        <source>Receipt reference</source>
        <translation>مرجع وصل الإيداع</translation>
    </message>
    <message>
        <source>Decision due by</source>
        <translation>الأجل الأقصى للبت</translation>
    </message>
    <message>
        <source>File the dossier</source>
        <translation>تسجيل الملف</translation>
    </message>
    <message>
        <source>Company: choose it in the list (type its name, ICE or RC).</source>
        <translation>الشركة: اخترها من القائمة (اكتب اسمها أو تعريفها الموحد أو رقم سجلها التجاري).</translation>
    </message>
</context>
<context>
    <name>cinereg::ui::NewCompanyDialog</name>
    <message>
        <source>New production company</source>
        <translation>شركة إنتاج جديدة</translation>
    </message>
    <message>
        <source>Register</source>
        <comment>button: record the new company in the register</comment>
        <translation>تسجيل</translation>
    </message>
</context>
<context>
    <name>cinereg::ui::PasswordDialog</name>
    <message>
        <source>New password for %1</source>
        <translation>كلمة مرور جديدة لـ %1</translation>
    </message>
    <message numerus="yes">
        <source>at least %n character(s)</source>
        <translation>
            <numerusform>%n حرف على الأقل</numerusform>
            <numerusform>حرف واحد على الأقل</numerusform>
            <numerusform>حرفان على الأقل</numerusform>
            <numerusform>%n أحرف على الأقل</numerusform>
            <numerusform>%n حرفًا على الأقل</numerusform>
            <numerusform>%n حرف على الأقل</numerusform>
        </translation>
    </message>
    <message>
        <source>New password</source>
        <translation>كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>تأكيد كلمة المرور</translation>
    </message>
    <message>
        <source>Change the password</source>
        <translation>تغيير كلمة المرور</translation>
    </message>
    <message>
        <source>Password again: the two passwords differ.</source>
        <translation>تأكيد كلمة المرور: كلمتا المرور غير متطابقتين.</translation>
    </message>
</context>
<context>
    <name>cinereg::ui::ProductionDialog</name>
    <message>
        <source>Record a production</source>
        <translation>تسجيل إنتاج</translation>
    </message>
    <message>
        <source>ISO code, e.g. FR</source>
        <translation>رمز ISO، مثلاً FR</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>First shooting day</source>
        <translation>أول يوم تصوير</translation>
    </message>
    <message>
        <source>Last shooting day</source>
        <translation>آخر يوم تصوير</translation>
    </message>
    <message>
        <source>Executing company</source>
        <translation>الشركة المنفذة</translation>
    </message>
    <message>
        <source>Foreign producer</source>
        <translation>المنتج الأجنبي</translation>
    </message>
    <message>
        <source>Producer&apos;s country</source>
        <translation>بلد المنتج</translation>
    </message>
    <message>
        <source>Mandate reference</source>
        <translation>مرجع التفويض</translation>
    </message>
    <message>
        <source>Shooting permit</source>
        <translation>رخصة التصوير</translation>
    </message>
    <message>
        <source>No company may execute a production of this kind on every one of these days.</source>
        <translation>لا توجد شركة مؤهلة لتنفيذ إنتاج من هذا النوع في كل يوم من هذه الأيام.</translation>
    </message>
    <message>
        <source>Looking for the companies that may execute it…</source>
        <translation>جارٍ البحث عن الشركات التي يمكنها تنفيذه…</translation>
    </message>
    <message>
        <source>Executing company: choose it in the list (type its name, ICE or RC).</source>
        <translation>الشركة المنفذة: اخترها من القائمة (اكتب اسمها أو تعريفها الموحد أو رقم سجلها التجاري).</translation>
    </message>
</context>
<context>
    <name>cinereg::ui::ProductionsView</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Executing company</source>
        <translation>الشركة المنفذة</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Foreign producer</source>
        <translation>المنتج الأجنبي</translation>
    </message>
    <message>
        <source>Record a production…</source>
        <translation>تسجيل إنتاج…</translation>
    </message>
    <message>
        <source>Search: title, company, ICE, producer, mandate or permit reference</source>
        <translation>البحث: العنوان أو الشركة أو التعريف الموحد أو المنتج أو مرجع التفويض أو الرخصة</translation>
    </message>
    <message>
        <source>Search the productions</source>
        <translation>البحث في الإنتاجات</translation>
    </message>
</context>
<context>
    <name>cinereg::ui::RegisterModel</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Arabic name</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <source>ICE</source>
        <translation>ICE</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>الرخصة</translation>
    </message>
    <message>
        <source>National accreditation</source>
        <translation>الاعتماد الوطني</translation>
    </message>
    <message>
        <source>International accreditation</source>
        <translation>الاعتماد الدولي</translation>
    </message>
</context>
<context>
    <name>cinereg::ui::RegisterSession</name>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>The server asks for the password of %1 (it is used for this session only and never stored):</source>
        <translation>يطلب الخادم كلمة المرور الخاصة بـ %1 (تُستعمل لهذه الجلسة فقط ولا تُحفظ أبدًا):</translation>
    </message>
    <message>
        <source>The register could not be opened</source>
        <translation>تعذّر فتح السجل</translation>
    </message>
    <message>
        <source>The server refused the login or its password (%1).</source>
        <translation>رفض الخادم اسم المستخدم أو كلمة مروره (%1).</translation>
    </message>
    <message>
        <source>The server cannot be reached or refused the connection.</source>
        <translation>يتعذّر الوصول إلى الخادم أو أنه رفض الاتصال.</translation>
    </message>
    <message>
        <source>The register that was open stays open.</source>
        <translation>يظل السجل الذي كان مفتوحًا مفتوحًا.</translation>
    </message>
</context>
<context>
    <name>cinereg::ui::RegisterView</name>
    <message>
        <source>Search a name (Latin or Arabic), an ICE or an RC number…</source>
        <translation>ابحث عن اسم (لاتيني أو عربي) أو ICE أو رقم السجل التجاري…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>البحث</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>كل المدن</translation>
    </message>
    <message>
        <source>Any right</source>
        <translation>كل الحقوق</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>الرخصة</translation>
    </message>
    <message>
        <source>National accreditation</source>
        <translation>الاعتماد الوطني</translation>
    </message>
    <message>
        <source>International accreditation</source>
        <translation>الاعتماد الدولي</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>كل الوضعيات</translation>
    </message>
    <message>
        <source>Any professional body</source>
        <translation>كل الهيئات المهنية</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>الحق</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضعية</translation>
    </message>
    <message>
        <source>Professional body</source>
        <translation>الهيئة المهنية</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>الشركات</translation>
    </message>
    <message numerus="yes">
        <source>%n company(ies)</source>
        <translation>
            <numerusform>لا توجد شركة (%n)</numerusform>
            <numerusform>شركة واحدة (%n)</numerusform>
            <numerusform>شركتان (%n)</numerusform>
            <numerusform>%n شركات</numerusform>
            <numerusform>%n شركة</numerusform>
            <numerusform>%n شركة</numerusform>
        </translation>
    </message>
    <message>
        <source>The register is empty. Register a company with Register → New company (Ctrl+N); to explore first, open Register → Open the demonstration register.</source>
        <translation>السجل فارغ. سجل شركة عبر السجل ← شركة جديدة (Ctrl+N)؛ للاستكشاف أولا، افتح السجل ← فتح السجل التجريبي.</translation>
    </message>
</context>
<context>
    <name>cinereg::ui::RightCard</name>
    <message>
        <source>Reason: %1</source>
        <translation>السبب: %1</translation>
    </message>
    <message>
        <source>Valid from %1 until %2</source>
        <translation>صالح من %1 إلى %2</translation>
    </message>
    <message>
        <source>Valid from %1, without limit of duration</source>
        <translation>صالح ابتداءً من %1، غير محدد المدة</translation>
    </message>
    <message>
        <source>Last decision: %1</source>
        <translation>آخر مقرر: %1</translation>
    </message>
    <message numerus="yes">
        <source>History (%n decision(s))</source>
        <translation>
            <numerusform>السجل (%n مقرر)</numerusform>
            <numerusform>السجل (مقرر واحد)</numerusform>
            <numerusform>السجل (مقرران)</numerusform>
            <numerusform>السجل (%n مقررات)</numerusform>
            <numerusform>السجل (%n مقررًا)</numerusform>
            <numerusform>السجل (%n مقرر)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 بتاريخ %2</translation>
    </message>
    <message>
        <source>ref. %1</source>
        <translation>المرجع %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>إلى غاية %1</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>السبب: %1</translation>
    </message>
    <message>
        <source>entered by %1 on %2</source>
        <translation>أدخله %1 بتاريخ %2</translation>
    </message>
</context>
<context>
    <name>cinereg::ui::SettingsDialog</name>
    <message>
        <source>Settings of the register</source>
        <translation>إعدادات السجل</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>الشكل القانوني</translation>
    </message>
    <message>
        <source>Minimum paid capital (MAD)</source>
        <translation>الحد الأدنى لرأس المال المحرر (درهم)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>without limit</source>
        <translation>غير محددة المدة</translation>
    </message>
    <message>
        <source> months</source>
        <translation> شهراً</translation>
    </message>
    <message>
        <source> years</source>
        <translation> سنوات</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يوماً</translation>
    </message>
    <message>
        <source>Legal forms that may hold an authorization</source>
        <translation>الأشكال القانونية المؤهلة للحصول على رخصة</translation>
    </message>
    <message>
        <source>Capital thresholds for an accreditation</source>
        <translation>عتبات رأس المال للحصول على اعتماد</translation>
    </message>
    <message>
        <source>Default term of a right</source>
        <translation>المدة الافتراضية للحق</translation>
    </message>
    <message>
        <source>Professional bodies (comma separated)</source>
        <translation>الهيئات المهنية (مفصولة بفواصل)</translation>
    </message>
    <message>
        <source>Review companies without a production for</source>
        <translation>مراجعة الشركات التي لم تنتج منذ</translation>
    </message>
    <message>
        <source>Decision deadline for a dossier</source>
        <translation>أجل البت في الملف</translation>
    </message>
    <message>
        <source>{year} and {seq} are replaced by the year and the sequence number.</source>
        <translation>يعوض {year} و{seq} بالسنة والرقم الترتيبي.</translation>
    </message>
    <message>
        <source>Place of issue of certificates</source>
        <translation>مكان تسليم الشهادات</translation>
    </message>
    <message>
        <source>Signing key file (kept outside the register)</source>
        <translation>ملف مفتاح التوقيع (خارج السجل)</translation>
    </message>
    <message>
        <source>Numbers of national certificates</source>
        <translation>أرقام الشهادات الوطنية</translation>
    </message>
    <message>
        <source>Numbers of international certificates</source>
        <translation>أرقام الشهادات الدولية</translation>
    </message>
    <message>
        <source>Numbers of dossier receipts</source>
        <translation>أرقام وصولات إيداع الملفات</translation>
    </message>
    <message>
        <source>Create the signing key…</source>
        <translation>إنشاء مفتاح التوقيع…</translation>
    </message>
    <message>
        <source>Import a signing key…</source>
        <translation>استيراد مفتاح توقيع…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Create the signing key</source>
        <translation>إنشاء مفتاح التوقيع</translation>
    </message>
    <message>
        <source>Create a new signing key for the CCM? Every certificate will be signed with it. Do this once; other workstations import that key.</source>
        <translation>هل تريد إنشاء مفتاح توقيع جديد للمركز السينمائي المغربي؟ ستوقَّع به كل الشهادات. يتم ذلك مرة واحدة؛ وتستورد الحواسيب الأخرى هذا المفتاح.</translation>
    </message>
    <message>
        <source>Import a signing key</source>
        <translation>استيراد مفتاح توقيع</translation>
    </message>
    <message>
        <source>Choose an image…</source>
        <translation>اختيار صورة…</translation>
    </message>
    <message>
        <source>Letterhead of the certificates</source>
        <translation>ترويسة الشهادات</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.svg)</source>
        <translation>الصور (*.png *.jpg *.jpeg *.bmp *.svg)</translation>
    </message>
    <message>
        <source>Place of issue in Arabic</source>
        <translation>مكان التسليم بالعربية</translation>
    </message>
    <message>
        <source>Verification address printed on certificates</source>
        <translation>عنوان التحقق المطبوع على الشهادات</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>مفتاح التوقيع</translation>
    </message>
    <message>
        <source>Certificates are signed with key %1.</source>
        <translation>توقَّع الشهادات بالمفتاح %1.</translation>
    </message>
    <message>
        <source>None: certificates print no emblem.</source>
        <translation>لا شيء: لا تحمل الشهادات أي شعار.</translation>
    </message>
</context>
<context>
    <name>cinereg::ui::StatisticsView</name>
    <message>
        <source>Rights in force on</source>
        <translation>الحقوق السارية بتاريخ</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>السنوات</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Print the report…</source>
        <translation>طباعة التقرير…</translation>
    </message>
    <message>
        <source>Report in French (PDF)…</source>
        <translation>التقرير بالفرنسية (PDF)…</translation>
    </message>
    <message>
        <source>Report in Arabic (PDF)…</source>
        <translation>التقرير بالعربية (PDF)…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>جارٍ الإحصاء…</translation>
    </message>
    <message>
        <source>The register could not be read.</source>
        <translation>تعذرت قراءة السجل.</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>حفظ بصيغة PNG…</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>حفظ الرسم البياني</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>صور PNG (*.png)</translation>
    </message>
    <message>
        <source>The image could not be written to %1.</source>
        <translation>تعذرت كتابة الصورة في %1.</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>طباعة التقرير</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be written to %1.</source>
        <translation>تعذرت كتابة التقرير في %1.</translation>
    </message>
</context>
<context>
    <name>cinereg::ui::StorageFailureBar</name>
    <message>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>%1 Nothing you typed is lost.</source>
        <translation>%1 لم يضِع شيء مما أدخلتَه.</translation>
    </message>
</context>
<context>
    <name>cinereg::ui::ValidityEndEdit</name>
    <message>
        <source>Without limit of duration</source>
        <translation>غير محدد المدة</translation>
    </message>
    <message>
        <source>Until the day chosen</source>
        <translation>إلى التاريخ المختار</translation>
    </message>
    <message>
        <source>Default term (until %1)</source>
        <translation>المدة الافتراضية (إلى غاية %1)</translation>
    </message>
    <message>
        <source>Default term (none: without limit)</source>
        <translation>المدة الافتراضية (لا توجد: دون تحديد المدة)</translation>
    </message>
</context>
<context>
    <name>cinereg::ui::VerifyDialog</name>
    <message>
        <source>&lt;br/&gt;Holder: %1</source>
        <translation>&lt;br/&gt;الحاصل عليها: %1</translation>
    </message>
    <message>
        <source>Verify a certificate</source>
        <translation>التحقق من شهادة</translation>
    </message>
    <message>
        <source>Type or paste the verification code printed on the certificate</source>
        <translation>أدخل أو الصق رمز التحقق المطبوع على الشهادة</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>رمز التحقق</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>تحقق</translation>
    </message>
    <message>
        <source>Open a &amp;PDF…</source>
        <translation>فتح ملف PDF…</translation>
    </message>
    <message>
        <source>Open a certificate</source>
        <translation>فتح شهادة</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No verification code was found in %1.</source>
        <translation>لم يعثر على أي رمز تحقق في %1.</translation>
    </message>
    <message>
        <source>Valid from %1 until %2</source>
        <translation>صالحة من %1 إلى %2</translation>
    </message>
    <message>
        <source>Valid from %1, without limit of duration</source>
        <translation>صالحة ابتداءً من %1، دون تحديد للمدة</translation>
    </message>
    <message>
        <source>Number: %1&lt;br/&gt;ICE: %2&lt;br/&gt;%3&lt;br/&gt;%4&lt;br/&gt;Issued on %5</source>
        <translation>الرقم: %1&lt;br/&gt;ICE: %2&lt;br/&gt;%3&lt;br/&gt;%4&lt;br/&gt;سُلّمت في %5</translation>
    </message>
</context>
<context>
    <name>ui::RegisterSession</name>
    <message>
        <source>The register could not be opened</source>
        <translation>تعذر فتح السجل</translation>
    </message>
</context>
</TS>
