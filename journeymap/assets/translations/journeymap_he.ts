<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he" sourcelanguage="en">
    <context>
        <name />
        <message>
            <source>Connect from “%1”: pick the target with Tab or the arrows, then press Enter (Escape cancels)</source>
            <translation>חיבור מ„%1”: בחרו את היעד ב־Tab או בחצים ולחצו Enter (‏Escape מבטל)</translation>
        </message>
        <message>
            <source>No connection made</source>
            <translation>לא נוצר חיבור</translation>
        </message>
        <message>
            <source>Pick another card to connect to, or press Escape</source>
            <translation>בחרו כרטיס אחר לחבר אליו, או לחצו Escape</translation>
        </message>
        <message>
            <source>Connected “%1” → “%2”</source>
            <translation>חובר „%1” ← „%2”</translation>
        </message>
        <message>
            <source>Type “Stage / Lane: text” to add a card, or “Card -&gt; Card” to connect two cards</source>
            <translation>הקלידו „שלב / נתיב: טקסט” כדי להוסיף כרטיס, או „כרטיס -&gt; כרטיס” כדי לחבר שני כרטיסים</translation>
        </message>
        <message>
            <source>Name a stage and a lane (and optionally a step): “Stage / Lane: text”</source>
            <translation>ציינו שלב ונתיב (ואם רוצים גם צעד): „שלב / נתיב: טקסט”</translation>
        </message>
        <message>
            <source>Type the card's text after the colon</source>
            <translation>הקלידו את טקסט הכרטיס אחרי הנקודתיים</translation>
        </message>
        <message>
            <source>No stage is called “%1”</source>
            <translation>אין שלב בשם „%1”</translation>
        </message>
        <message>
            <source>Stage “%1” has no step called “%2”</source>
            <translation>בשלב „%1” אין צעד בשם „%2”</translation>
        </message>
        <message>
            <source>The emotion lane holds no cards; set a card's emotion with the keys 1–5</source>
            <translation>נתיב הרגש אינו מכיל כרטיסים; קבעו רגש לכרטיס במקשים 1–5</translation>
        </message>
        <message>
            <source>No lane is called “%1”</source>
            <translation>אין נתיב בשם „%1”</translation>
        </message>
        <message>
            <source>Name two cards to connect: “Card -&gt; Card”</source>
            <translation>ציינו שני כרטיסים לחיבור: „כרטיס -&gt; כרטיס”</translation>
        </message>
        <message>
            <source>No card is called “%1”</source>
            <translation>אין כרטיס בשם „%1”</translation>
        </message>
        <message>
            <source>Both names match the same card; type more of each title</source>
            <translation>שני השמות מתאימים לאותו כרטיס; הקלידו יותר מכל כותרת</translation>
        </message>
        <message>
            <source>Quick add</source>
            <translation>הוספה מהירה</translation>
        </message>
        <message>
            <source>Move around</source>
            <translation>תנועה במפה</translation>
        </message>
        <message>
            <source>Move the focus cell (mirrored in right-to-left maps)</source>
            <translation>הזזת התא הפעיל (במראה במפות מימין לשמאל)</translation>
        </message>
        <message>
            <source>Select the next / previous card</source>
            <translation>בחירת הכרטיס הבא / הקודם</translation>
        </message>
        <message>
            <source>Clear the selection</source>
            <translation>ניקוי הבחירה</translation>
        </message>
        <message>
            <source>Fit the map / actual size</source>
            <translation>התאמה לחלון / גודל מקורי</translation>
        </message>
        <message>
            <source>Zoom in / out</source>
            <translation>הגדלה / הקטנה</translation>
        </message>
        <message>
            <source>Pan the map</source>
            <translation>גלילת המפה</translation>
        </message>
        <message>
            <source>Space+drag</source>
            <translation>Space+גרירה</translation>
        </message>
        <message>
            <source>Type cards</source>
            <translation>הקלדת כרטיסים</translation>
        </message>
        <message>
            <source>any letter</source>
            <translation>כל אות</translation>
        </message>
        <message>
            <source>Start a new card in the focus cell</source>
            <translation>פתיחת כרטיס חדש בתא הפעיל</translation>
        </message>
        <message>
            <source>Finish the card</source>
            <translation>סיום הכרטיס</translation>
        </message>
        <message>
            <source>Finish it and start another in the same cell</source>
            <translation>סיום ופתיחת כרטיס נוסף באותו תא</translation>
        </message>
        <message>
            <source>Line break inside a card</source>
            <translation>שורה חדשה בתוך כרטיס</translation>
        </message>
        <message>
            <source>Cancel the card being typed</source>
            <translation>ביטול הכרטיס שבהקלדה</translation>
        </message>
        <message>
            <source>Edit the selected card</source>
            <translation>עריכת הכרטיס הנבחר</translation>
        </message>
        <message>
            <source>Quick add: “Stage / Lane: text” or “Card -&gt; Card”</source>
            <translation>הוספה מהירה: „שלב / נתיב: טקסט” או „כרטיס -&gt; כרטיס”</translation>
        </message>
        <message>
            <source>Selected cards</source>
            <translation>כרטיסים נבחרים</translation>
        </message>
        <message>
            <source>Emotion −2, −1, 0, +1, +2</source>
            <translation>רגש ‎−2, ‎−1, 0, ‎+1, ‎+2</translation>
        </message>
        <message>
            <source>Clear the emotion</source>
            <translation>ניקוי הרגש</translation>
        </message>
        <message>
            <source>Moment of truth on / off</source>
            <translation>רגע האמת: הפעלה / כיבוי</translation>
        </message>
        <message>
            <source>Move to the neighbouring cell</source>
            <translation>העברה לתא הסמוך</translation>
        </message>
        <message>
            <source>Connect: pick the target with Tab or arrows, then Enter</source>
            <translation>חיבור: בחרו יעד ב־Tab או בחצים, ואז Enter</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>שכפול</translation>
        </message>
        <message>
            <source>Copy as a picture for slides (the whole map when nothing is selected)</source>
            <translation>העתקה כתמונה למצגת (המפה כולה כשדבר אינו נבחר)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>מחיקה</translation>
        </message>
        <message>
            <source>Undo / redo</source>
            <translation>ביטול / ביצוע שוב</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>הצגה</translation>
        </message>
        <message>
            <source>Presentation mode on / off</source>
            <translation>מצב הצגה: הפעלה / כיבוי</translation>
        </message>
        <message>
            <source>Next / previous stage (also the arrows)</source>
            <translation>השלב הבא / הקודם (גם בחצים)</translation>
        </message>
        <message>
            <source>Whole map / last stage</source>
            <translation>המפה כולה / השלב האחרון</translation>
        </message>
        <message>
            <source>Larger text on / off</source>
            <translation>טקסט גדול: הפעלה / כיבוי</translation>
        </message>
        <message>
            <source>Next persona</source>
            <translation>הפרסונה הבאה</translation>
        </message>
        <message>
            <source>Leave presentation mode</source>
            <translation>יציאה ממצב הצגה</translation>
        </message>
        <message>
            <source>This list of shortcuts</source>
            <translation>רשימת קיצורים זו</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;עזרה</translation>
        </message>
        <message>
            <source>&amp;Quick Add…</source>
            <translation>הוספה &amp;מהירה…</translation>
        </message>
        <message>
            <source>&amp;Presentation Mode</source>
            <translation>מצב &amp;הצגה</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;קיצורי מקלדת</translation>
        </message>
        <message>
            <source>Workshop toolbar</source>
            <translation>סרגל כלים לסדנה</translation>
        </message>
        <message>
            <source>Persona:</source>
            <translation>פרסונה:</translation>
        </message>
        <message>
            <source>Cards cannot be placed on the emotion lane</source>
            <translation>אי אפשר להניח כרטיסים בנתיב הרגש</translation>
        </message>
        <message>
            <source>Add card</source>
            <translation>הוספת כרטיס</translation>
        </message>
        <message>
            <source>New step</source>
            <translation>צעד חדש</translation>
        </message>
        <message>
            <source>New stage</source>
            <translation>שלב חדש</translation>
        </message>
        <message>
            <source>A map has only one emotion lane</source>
            <translation>למפה יש נתיב רגש אחד בלבד</translation>
        </message>
        <message>
            <source>A map keeps at least one stage</source>
            <translation>במפה נשאר לפחות שלב אחד</translation>
        </message>
        <message>
            <source>A stage keeps at least one step; delete the stage instead</source>
            <translation>בשלב נשאר לפחות צעד אחד; מחקו את השלב במקום זאת</translation>
        </message>
        <message>
            <source>A stage keeps at least one step</source>
            <translation>בשלב נשאר לפחות צעד אחד</translation>
        </message>
    </context>
    <context>
        <name>Autosaver</name>
        <message>
            <source>Could not write the recovery copy: %1</source>
            <translation>לא ניתן לכתוב את עותק השחזור: %1</translation>
        </message>
    </context>
    <context>
        <name>CanvasMenus</name>
        <message>
            <source>Very negative (-2)</source>
            <translation>שלילי מאוד (‎-2)</translation>
        </message>
        <message>
            <source>Negative (-1)</source>
            <translation>שלילי (‎-1)</translation>
        </message>
        <message>
            <source>Neutral (0)</source>
            <translation>ניטרלי (0)</translation>
        </message>
        <message>
            <source>Positive (+1)</source>
            <translation>חיובי (‎+1)</translation>
        </message>
        <message>
            <source>Very positive (+2)</source>
            <translation>חיובי מאוד (‎+2)</translation>
        </message>
        <message>
            <source>Edit title</source>
            <translation>ערוך כותרת</translation>
        </message>
        <message>
            <source>Emotion</source>
            <translation>רגש</translation>
        </message>
        <message>
            <source>Clear emotion</source>
            <translation>ניקוי רגש</translation>
        </message>
        <message>
            <source>Set emotion</source>
            <translation>קביעת רגש</translation>
        </message>
        <message>
            <source>No score</source>
            <translation>ללא ציון</translation>
        </message>
        <message>
            <source>Moment of truth</source>
            <translation>רגע האמת</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>שכפל</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>מחק</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>שנה שם</translation>
        </message>
        <message>
            <source>Colour…</source>
            <translation>צבע…</translation>
        </message>
        <message>
            <source>Insert stage before</source>
            <translation>הוסף שלב לפני</translation>
        </message>
        <message>
            <source>Insert stage after</source>
            <translation>הוסף שלב אחרי</translation>
        </message>
        <message>
            <source>Insert step before</source>
            <translation>הוסף צעד לפני</translation>
        </message>
        <message>
            <source>Insert step after</source>
            <translation>הוסף צעד אחרי</translation>
        </message>
        <message>
            <source>Insert lane above</source>
            <translation>הוסף נתיב מעל</translation>
        </message>
        <message>
            <source>Insert lane below</source>
            <translation>הוסף נתיב מתחת</translation>
        </message>
        <message>
            <source>Delete stage</source>
            <translation>מחק שלב</translation>
        </message>
        <message>
            <source>Delete step</source>
            <translation>מחק צעד</translation>
        </message>
        <message>
            <source>Delete lane</source>
            <translation>מחק נתיב</translation>
        </message>
        <message>
            <source>Delete connection</source>
            <translation>מחק חיבור</translation>
        </message>
        <message>
            <source>Add card here</source>
            <translation>הוסף כרטיס כאן</translation>
        </message>
        <message>
            <source>Paste here</source>
            <translation>הדבק כאן</translation>
        </message>
        <message>
            <source>Choose a colour</source>
            <translation>בחירת צבע</translation>
        </message>
    </context>
    <context>
        <name>CardForm</name>
        <message>
            <source>Marketing</source>
            <translation>שיווק</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>מכירות</translation>
        </message>
        <message>
            <source>Customer service</source>
            <translation>שירות לקוחות</translation>
        </message>
        <message>
            <source>Technical support</source>
            <translation>תמיכה טכנית</translation>
        </message>
        <message>
            <source>Operations</source>
            <translation>תפעול</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>כותרת</translation>
        </message>
        <message>
            <source>What happens at this moment</source>
            <translation>מה קורה ברגע הזה</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>תיאור</translation>
        </message>
        <message>
            <source>Details, quotes, evidence</source>
            <translation>פרטים, ציטוטים, ראיות</translation>
        </message>
        <message>
            <source>Emotion</source>
            <translation>רגש</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ללא</translation>
        </message>
        <message>
            <source>Moment of truth</source>
            <translation>רגע האמת</translation>
        </message>
        <message>
            <source>A touchpoint that decides whether the customer stays or leaves</source>
            <translation>נקודת מגע שמכריעה אם הלקוח נשאר או עוזב</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>מחלקה אחראית</translation>
        </message>
        <message>
            <source>Department that runs it</source>
            <translation>המחלקה שמפעילה אותה</translation>
        </message>
        <message>
            <source>KPIs</source>
            <translation>מדדים</translation>
        </message>
        <message>
            <source>Personas</source>
            <translation>פרסונות</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>כרטיס</translation>
        </message>
        <message>
            <source>%1 in %2, step “%3”</source>
            <translation>%1 ב%2, צעד „%3”</translation>
        </message>
    </context>
    <context>
        <name>ColorButton</name>
        <message>
            <source>Default</source>
            <translation>ברירת מחדל</translation>
        </message>
        <message>
            <source>Use the colour of the lane's kind</source>
            <translation>שימוש בצבע של סוג הנתיב</translation>
        </message>
        <message>
            <source>Choose a colour</source>
            <translation>בחירת צבע</translation>
        </message>
    </context>
    <context>
        <name>ConnectionForm</name>
        <message>
            <source>Label</source>
            <translation>תווית</translation>
        </message>
        <message>
            <source>Why customers go this way</source>
            <translation>למה לקוחות הולכים בדרך הזו</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>שיעור</translation>
        </message>
        <message>
            <source> %</source>
            <translation> %</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>לא ידוע</translation>
        </message>
        <message>
            <source>Share of customers who take this way (0–100 %)</source>
            <translation>שיעור הלקוחות שהולכים בדרך הזו (0–100%)</translation>
        </message>
        <message>
            <source>Personas</source>
            <translation>פרסונות</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>חיבור</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(ללא כותרת)</translation>
        </message>
        <message>
            <source>From “%1” to “%2”</source>
            <translation>מ„%1” אל „%2”</translation>
        </message>
    </context>
    <context>
        <name>DefaultMap</name>
        <message>
            <source>Untitled journey</source>
            <translation>מסע לקוח ללא שם</translation>
        </message>
        <message>
            <source>Awareness</source>
            <translation>מודעות</translation>
        </message>
        <message>
            <source>Consideration</source>
            <translation>שיקול</translation>
        </message>
        <message>
            <source>Purchase</source>
            <translation>רכישה</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>שימור</translation>
        </message>
        <message>
            <source>Advocacy</source>
            <translation>קידום</translation>
        </message>
        <message>
            <source>Step 1</source>
            <translation>צעד 1</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>פעולות</translation>
        </message>
        <message>
            <source>Motivations</source>
            <translation>מוטיבציות</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>שאלות</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>אתר אינטרנט</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>דוא״ל</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>שיחת טלפון</translation>
        </message>
        <message>
            <source>Emotion</source>
            <translation>רגש</translation>
        </message>
        <message>
            <source>Friction</source>
            <translation>נקודות חיכוך</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>הזדמנויות</translation>
        </message>
    </context>
    <context>
        <name>DirectionAndLanguage</name>
        <message>
            <source>&amp;Right-to-Left Map</source>
            <translation>מפה מ&amp;ימין לשמאל</translation>
        </message>
        <message>
            <source>Stages run from right to left, as a Hebrew map reads</source>
            <translation>השלבים נקראים מימין לשמאל, כמו במפה בעברית</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;שפה</translation>
        </message>
        <message>
            <source>Right-to-left map</source>
            <translation>מפה מימין לשמאל</translation>
        </message>
        <message>
            <source>Left-to-right map</source>
            <translation>מפה משמאל לימין</translation>
        </message>
        <message>
            <source>The interface will be in %1 the next time Journeymap starts.</source>
            <translation>שפת הממשק תהיה %1 מההפעלה הבאה של Journeymap.</translation>
        </message>
    </context>
    <context>
        <name>DocumentController</name>
        <message>
            <source>Untitled</source>
            <translation>ללא שם</translation>
        </message>
        <message>
            <source>Save Map As</source>
            <translation>שמירת המפה בשם</translation>
        </message>
        <message>
            <source>Journey maps (*.journey)</source>
            <translation>מפות מסע לקוח (‎*.journey)</translation>
        </message>
        <message>
            <source>Could not save the map</source>
            <translation>לא ניתן לשמור את המפה</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>נשמר: %1</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>שינויים שלא נשמרו</translation>
        </message>
        <message>
            <source>Save the changes to %1 before closing?</source>
            <translation>לשמור את השינויים ב־%1 לפני הסגירה?</translation>
        </message>
        <message>
            <source>Open Map</source>
            <translation>פתיחת מפה</translation>
        </message>
        <message>
            <source>PNG with a map (*.png)</source>
            <translation>PNG עם מפה (‎*.png)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>כל הקבצים (*)</translation>
        </message>
        <message>
            <source>Could not open the map</source>
            <translation>לא ניתן לפתוח את המפה</translation>
        </message>
        <message>
            <source>Could not open the template</source>
            <translation>לא ניתן לפתוח את התבנית</translation>
        </message>
    </context>
    <context>
        <name>ExportActions</name>
        <message>
            <source>Copy as &amp;Picture</source>
            <translation>העתק כ&amp;תמונה</translation>
        </message>
        <message>
            <source>Copy the selection, or the whole map, as a picture for slides</source>
            <translation>העתקת הבחירה, או המפה כולה, כתמונה למצגת</translation>
        </message>
        <message>
            <source>The picture could not be made: %1</source>
            <translation>לא ניתן ליצור את התמונה: %1</translation>
        </message>
        <message>
            <source>Copied the selected cards as a picture</source>
            <translation>הכרטיסים הנבחרים הועתקו כתמונה</translation>
        </message>
        <message>
            <source>Copied the map as a picture</source>
            <translation>המפה הועתקה כתמונה</translation>
        </message>
        <message>
            <source>Exporting %1…</source>
            <translation>מייצא את %1…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>ייצוא</translation>
        </message>
        <message>
            <source>The map could not be exported to %1.

%2</source>
            <translation>לא ניתן לייצא את המפה אל %1.

%2</translation>
        </message>
        <message>
            <source>Exported to %1</source>
            <translation>הייצוא הושלם: %1</translation>
        </message>
        <message>
            <source>Export Failed</source>
            <translation>הייצוא נכשל</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export Map</source>
            <translation>ייצוא המפה</translation>
        </message>
        <message>
            <source>journey map</source>
            <translation>מפת מסע לקוח</translation>
        </message>
        <message>
            <source>PNG picture</source>
            <translation>תמונת PNG</translation>
        </message>
        <message>
            <source>SVG vector picture</source>
            <translation>תמונה וקטורית SVG</translation>
        </message>
        <message>
            <source>PDF document</source>
            <translation>מסמך PDF</translation>
        </message>
        <message>
            <source>Excel workbook</source>
            <translation>חוברת Excel</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;פורמט:</translation>
        </message>
        <message>
            <source>%1× (%2 DPI)</source>
            <translation>‏%1× (‏%2 DPI)</translation>
        </message>
        <message>
            <source>Custom DPI</source>
            <translation>DPI מותאם אישית</translation>
        </message>
        <message>
            <source> DPI</source>
            <translation> DPI</translation>
        </message>
        <message>
            <source>&amp;Size:</source>
            <translation>&amp;גודל:</translation>
        </message>
        <message>
            <source>&amp;White</source>
            <translation>&amp;לבן</translation>
        </message>
        <message>
            <source>&amp;Transparent</source>
            <translation>&amp;שקוף</translation>
        </message>
        <message>
            <source>Background:</source>
            <translation>רקע:</translation>
        </message>
        <message>
            <source>Whole &amp;map</source>
            <translation>המפה &amp;כולה</translation>
        </message>
        <message>
            <source>Selected &amp;cards</source>
            <translation>הכרטיסים ה&amp;נבחרים</translation>
        </message>
        <message>
            <source>Sa&amp;ve to:</source>
            <translation>&amp;שמירה אל:</translation>
        </message>
        <message>
            <source>Scope:</source>
            <translation>היקף:</translation>
        </message>
        <message>
            <source>T&amp;itle</source>
            <translation>&amp;כותרת</translation>
        </message>
        <message>
            <source>&amp;Legend</source>
            <translation>&amp;מקרא</translation>
        </message>
        <message>
            <source>Include:</source>
            <translation>לכלול:</translation>
        </message>
        <message>
            <source>The size of the map</source>
            <translation>בגודל המפה</translation>
        </message>
        <message>
            <source>A4 landscape</source>
            <translation>A4 לרוחב</translation>
        </message>
        <message>
            <source>A3 landscape</source>
            <translation>A3 לרוחב</translation>
        </message>
        <message>
            <source>&amp;Page:</source>
            <translation>&amp;עמוד:</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;עיון…</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;ייצוא</translation>
        </message>
        <message>
            <source>PNG pictures (*.png)</source>
            <translation>תמונות PNG (‎*.png)</translation>
        </message>
        <message>
            <source>SVG pictures (*.svg)</source>
            <translation>תמונות SVG (‎*.svg)</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>מסמכי PDF (‎*.pdf)</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>חוברות Excel (‎*.xlsx)</translation>
        </message>
        <message>
            <source>Export To</source>
            <translation>ייצוא אל</translation>
        </message>
    </context>
    <context>
        <name>FileGuard</name>
        <message>
            <source>File changed on disk</source>
            <translation>הקובץ השתנה בדיסק</translation>
        </message>
        <message>
            <source>%1 was changed by someone else since you opened it. Saving will replace their changes.</source>
            <translation>‏%1 שונה על ידי מישהו אחר מאז שפתחתם אותו. שמירה תחליף את השינויים שלו.</translation>
        </message>
        <message>
            <source>Overwrite</source>
            <translation>החלף</translation>
        </message>
        <message>
            <source>Save As…</source>
            <translation>שמור בשם…</translation>
        </message>
    </context>
    <context>
        <name>HostDialog</name>
        <message>
            <source>Live Session</source>
            <translation>סשן משותף</translation>
        </message>
        <message>
            <source>Others join with this address: Share → Join Live Session… in Journeymap, or scan the code.</source>
            <translation>אחרים מצטרפים בכתובת הזו: שיתוף ← הצטרפות לסשן משותף… ב־Journeymap, או בסריקת הקוד.</translation>
        </message>
        <message>
            <source>Copy Address</source>
            <translation>העתקת הכתובת</translation>
        </message>
        <message>
            <source>People in the session</source>
            <translation>המשתתפים בסשן</translation>
        </message>
        <message>
            <source>Stop Sharing</source>
            <translation>הפסקת השיתוף</translation>
        </message>
        <message>
            <source>Copied to the clipboard.</source>
            <translation>הכתובת הועתקה ללוח.</translation>
        </message>
        <message>
            <source> (you)</source>
            <translation> (את/ה)</translation>
        </message>
        <message>
            <source>editing “%1”</source>
            <translation>בעריכת “%1”</translation>
        </message>
        <message numerus="yes">
            <source>%n card(s) selected</source>
            <translation>
                <numerusform>כרטיס אחד נבחר</numerusform>
                <numerusform>%n כרטיסים נבחרו</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message>
            <source>Inspector</source>
            <translation>מאפיינים</translation>
        </message>
        <message>
            <source>%1 (the first of %2 selected)</source>
            <translation>%1 (הראשון מתוך %2 שנבחרו)</translation>
        </message>
    </context>
    <context>
        <name>JoinDialog</name>
        <message>
            <source>Join Live Session</source>
            <translation>הצטרפות לסשן משותף</translation>
        </message>
        <message>
            <source>Paste the address the host shows (it starts with journeymap:// or ws://).</source>
            <translation>הדביקו את הכתובת שהמארח מציג (היא מתחילה ב־journeymap://‎ או ב־ws://‎).</translation>
        </message>
        <message>
            <source>journeymap://192.168.1.20:40123/map-…?token=…</source>
            <translation>journeymap://192.168.1.20:40123/map-…?token=…</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>כתובת:</translation>
        </message>
        <message>
            <source>Your name:</source>
            <translation>השם שלך:</translation>
        </message>
        <message>
            <source>Join</source>
            <translation>הצטרפות</translation>
        </message>
    </context>
    <context>
        <name>JourneyScene</name>
        <message>
            <source>Cards can only be dropped into cells of card lanes</source>
            <translation>אפשר להניח כרטיסים רק בתאים של נתיבי כרטיסים</translation>
        </message>
        <message>
            <source>Cut</source>
            <translation>גזירה</translation>
        </message>
        <message>
            <source>The clipboard holds no cards this map can use</source>
            <translation>בלוח אין כרטיסים שהמפה הזו יכולה להשתמש בהם</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>הדבקה</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>שכפול</translation>
        </message>
        <message>
            <source>Nothing to paste here</source>
            <translation>אין מה להדביק כאן</translation>
        </message>
        <message>
            <source>There is no lane for this kind of card here</source>
            <translation>אין כאן נתיב לסוג כרטיס זה</translation>
        </message>
    </context>
    <context>
        <name>KeyboardEntry</name>
        <message>
            <source>This map has no lane that can hold cards</source>
            <translation>במפה הזו אין נתיב שיכול להכיל כרטיסים</translation>
        </message>
        <message>
            <source>Set emotion</source>
            <translation>קביעת רגש</translation>
        </message>
        <message>
            <source>Moment of truth</source>
            <translation>רגע האמת</translation>
        </message>
        <message>
            <source>The cards are already at the edge of the map</source>
            <translation>הכרטיסים כבר בקצה המפה</translation>
        </message>
    </context>
    <context>
        <name>KpiTable</name>
        <message>
            <source>Name</source>
            <translation>שם</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>ערך</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>יחידה</translation>
        </message>
        <message>
            <source>Add KPI</source>
            <translation>הוספת מדד</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>הסרה</translation>
        </message>
        <message>
            <source>New KPI</source>
            <translation>מדד חדש</translation>
        </message>
    </context>
    <context>
        <name>LaneForm</name>
        <message>
            <source>Name</source>
            <translation>שם</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>סוג</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>צבע</translation>
        </message>
        <message>
            <source>Lane</source>
            <translation>נתיב</translation>
        </message>
    </context>
    <context>
        <name>LiveShare</name>
        <message>
            <source>&amp;Share</source>
            <translation>&amp;שיתוף</translation>
        </message>
        <message>
            <source>&amp;Host Live Session…</source>
            <translation>&amp;אירוח סשן משותף…</translation>
        </message>
        <message>
            <source>&amp;Join Live Session…</source>
            <translation>ה&amp;צטרפות לסשן משותף…</translation>
        </message>
        <message>
            <source>&amp;Leave Live Session</source>
            <translation>&amp;עזיבת הסשן המשותף</translation>
        </message>
        <message>
            <source>Live Session &amp;Address…</source>
            <translation>&amp;כתובת הסשן המשותף…</translation>
        </message>
        <message>
            <source>&amp;Stop Sharing</source>
            <translation>ה&amp;פסקת השיתוף</translation>
        </message>
        <message>
            <source>Could not host a live session</source>
            <translation>לא ניתן לארח סשן משותף</translation>
        </message>
        <message>
            <source>Journeymap could not listen on %1: %2</source>
            <translation>‏Journeymap לא הצליח להאזין בכתובת %1: %2</translation>
        </message>
        <message>
            <source>Only this computer can join: the session listens on 127.0.0.1.</source>
            <translation>רק המחשב הזה יכול להצטרף: הסשן מאזין בכתובת 127.0.0.1.</translation>
        </message>
        <message>
            <source>Anyone on this network who has the address can join.</source>
            <translation>כל מי שמחובר לרשת הזו והכתובת בידיו יכול להצטרף.</translation>
        </message>
        <message>
            <source>Joined the live session on “%1”.</source>
            <translation>הצטרפת לסשן המשותף על “%1”.</translation>
        </message>
        <message>
            <source>Could not join the live session</source>
            <translation>לא ניתן להצטרף לסשן המשותף</translation>
        </message>
        <message>
            <source>The live session has ended</source>
            <translation>הסשן המשותף הסתיים</translation>
        </message>
        <message>
            <source>Live: connecting…</source>
            <translation>סשן משותף: מתחבר…</translation>
        </message>
        <message>
            <source>● Live</source>
            <translation>● מחובר לסשן</translation>
        </message>
        <message>
            <source>Live: reconnecting… (your changes are kept and sent when the network is back)</source>
            <translation>סשן משותף: מתחבר מחדש… (השינויים שלך נשמרים וייצאו לדרכם כשהרשת תחזור)</translation>
        </message>
        <message>
            <source>Live session ended</source>
            <translation>הסשן המשותף הסתיים</translation>
        </message>
        <message numerus="yes">
            <source>● Live: %n person(s)</source>
            <translation>
                <numerusform>● מחובר לסשן: משתתף אחד</numerusform>
                <numerusform>● מחובר לסשן: %n משתתפים</numerusform>
            </translation>
        </message>
        <message>
            <source>People are still in your live session</source>
            <translation>יש עדיין משתתפים בסשן שלך</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) still edit this map with you. Closing stops the session for everyone; each keeps a copy of the map as it is now. Stop sharing and close?</source>
            <translation>
                <numerusform>משתתף אחד עדיין עורך איתך את המפה. הסגירה מסיימת את הסשן לכולם, וכל אחד נשאר עם עותק של המפה כפי שהיא עכשיו. להפסיק לשתף ולסגור?</numerusform>
                <numerusform>%n משתתפים עדיין עורכים איתך את המפה. הסגירה מסיימת את הסשן לכולם, וכל אחד נשאר עם עותק של המפה כפי שהיא עכשיו. להפסיק לשתף ולסגור?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Drag a card from the palette onto the map, or double-click an empty cell.</source>
            <translation>גררו כרטיס מלוח הרכיבים אל המפה, או לחצו לחיצה כפולה על תא ריק.</translation>
        </message>
        <message>
            <source>Zoom (Ctrl+0 fits the map, Ctrl+1 shows it at actual size)</source>
            <translation>זום (Ctrl+0 מתאים את המפה לחלון, Ctrl+1 מציג בגודל מקורי)</translation>
        </message>
        <message>
            <source>Not done: %1</source>
            <translation>לא בוצע: %1</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1%</translation>
        </message>
        <message>
            <source>%1[*] — Journeymap</source>
            <translation>%1[*] — Journeymap</translation>
        </message>
        <message>
            <source>No recent files</source>
            <translation>אין קבצים אחרונים</translation>
        </message>
    </context>
    <context>
        <name>MapForm</name>
        <message>
            <source>Title</source>
            <translation>כותרת</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>תיאור</translation>
        </message>
        <message>
            <source>Whose journey, which goal, which scope</source>
            <translation>של מי המסע, לאיזו מטרה, באיזה היקף</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>שפה</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>כיוון</translation>
        </message>
        <message>
            <source>Left to right</source>
            <translation>משמאל לימין</translation>
        </message>
        <message>
            <source>Right to left</source>
            <translation>מימין לשמאל</translation>
        </message>
        <message>
            <source>Personas</source>
            <translation>פרסונות</translation>
        </message>
        <message>
            <source>Edit Personas…</source>
            <translation>עריכת פרסונות…</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>מפה</translation>
        </message>
        <message>
            <source>English</source>
            <translation>אנגלית</translation>
        </message>
        <message>
            <source>Hebrew</source>
            <translation>עברית</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>ערבית</translation>
        </message>
        <message>
            <source>German</source>
            <translation>גרמנית</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>ספרדית</translation>
        </message>
        <message>
            <source>French</source>
            <translation>צרפתית</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>רוסית</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>No personas yet</source>
            <translation>עדיין אין פרסונות</translation>
        </message>
    </context>
    <context>
        <name>PaletteDock</name>
        <message>
            <source>Palette</source>
            <translation>רכיבים</translation>
        </message>
        <message>
            <source>Cards</source>
            <translation>כרטיסים</translation>
        </message>
        <message>
            <source>Drag onto a cell, or double-click to add to the selected cell</source>
            <translation>גררו אל תא, או לחצו לחיצה כפולה כדי להוסיף לתא הנבחר</translation>
        </message>
        <message>
            <source>Channel lanes</source>
            <translation>נתיבי ערוצים</translation>
        </message>
        <message>
            <source>Drag onto the map, or double-click to add a lane after the selected one</source>
            <translation>גררו אל המפה, או לחצו לחיצה כפולה כדי להוסיף נתיב אחרי הנתיב הנבחר</translation>
        </message>
        <message>
            <source>Add %1</source>
            <translation>הוספת %1</translation>
        </message>
    </context>
    <context>
        <name>PersonaChecklist</name>
        <message>
            <source>This map has no personas yet (Map → Personas…).</source>
            <translation>למפה הזו עדיין אין פרסונות (מפה ← פרסונות…).</translation>
        </message>
    </context>
    <context>
        <name>PersonaCombo</name>
        <message>
            <source>Show one persona's paths and emotion curve (P in presentation mode)</source>
            <translation>הצגת המסלולים ועקומת הרגש של פרסונה אחת (P במצב הצגה)</translation>
        </message>
        <message>
            <source>All personas</source>
            <translation>כל הפרסונות</translation>
        </message>
    </context>
    <context>
        <name>PersonasDialog</name>
        <message>
            <source>Personas</source>
            <translation>פרסונות</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>הוספה</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>הסרה</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>למעלה</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>למטה</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>שם</translation>
        </message>
        <message>
            <source>Who they are, what they need</source>
            <translation>מי הם ומה הם צריכים</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>תיאור</translation>
        </message>
        <message>
            <source>One goal per line</source>
            <translation>מטרה אחת בכל שורה</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>מטרות</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>צבע</translation>
        </message>
        <message>
            <source>Persona %1</source>
            <translation>פרסונה %1</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>העדפות</translation>
        </message>
        <message>
            <source>Autosave interval (seconds):</source>
            <translation>מרווח שמירה אוטומטית (בשניות):</translation>
        </message>
        <message>
            <source>While a map has unsaved changes, a recovery copy is kept in %1. Your own files are never written by autosave.</source>
            <translation>כל עוד יש במפה שינויים שלא נשמרו, נשמר עותק שחזור ב־%1. השמירה האוטומטית לעולם אינה כותבת לקבצים שלכם.</translation>
        </message>
    </context>
    <context>
        <name>PresentationMode</name>
        <message>
            <source>Larger text</source>
            <translation>טקסט גדול</translation>
        </message>
        <message>
            <source>Normal text</source>
            <translation>טקסט רגיל</translation>
        </message>
        <message>
            <source>All personas</source>
            <translation>כל הפרסונות</translation>
        </message>
    </context>
    <context>
        <name>QuickAddPopup</name>
        <message>
            <source>Purchase / Phone: call to ask about delivery</source>
            <translation>רכישה / טלפון: שיחה לבירור מועד המשלוח</translation>
        </message>
        <message>
            <source>“Stage / Lane: text”, “Stage / Step / Lane: text” or “Card -&gt; Card”</source>
            <translation>„שלב / נתיב: טקסט”, „שלב / צעד / נתיב: טקסט” או „כרטיס -&gt; כרטיס”</translation>
        </message>
        <message>
            <source>Adds a card to %1 › %2 › %3</source>
            <translation>מוסיף כרטיס אל %1 › %2 › %3</translation>
        </message>
        <message>
            <source>Connects “%1” → “%2”</source>
            <translation>מחבר את „%1” ← „%2”</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Recover Unsaved Maps</source>
            <translation>שחזור מפות שלא נשמרו</translation>
        </message>
        <message>
            <source>Journeymap did not close normally. These maps had changes that were not saved.</source>
            <translation>‏Journeymap לא נסגר כרגיל. במפות האלה היו שינויים שלא נשמרו.</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>מפה</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>נשמר</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>גודל</translation>
        </message>
        <message>
            <source>Original file</source>
            <translation>הקובץ המקורי</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>פעולה</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>החל</translation>
        </message>
        <message>
            <source>Decide Later</source>
            <translation>אחליט אחר כך</translation>
        </message>
        <message>
            <source>(never saved)</source>
            <translation>(לא נשמר מעולם)</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>שחזר</translation>
        </message>
        <message>
            <source>Open Original</source>
            <translation>פתח את המקור</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>מחק</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsOverlay</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>קיצורי מקלדת</translation>
        </message>
        <message>
            <source>Also in docs/shortcuts.md. Press Escape or click to close.</source>
            <translation>גם בקובץ docs/shortcuts.md. לסגירה לחצו Escape או לחצו בעכבר.</translation>
        </message>
    </context>
    <context>
        <name>StageForm</name>
        <message>
            <source>Name</source>
            <translation>שם</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>תיאור</translation>
        </message>
        <message>
            <source>What the customer is after in this stage</source>
            <translation>מה הלקוח מחפש בשלב הזה</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>צבע</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>שלב</translation>
        </message>
        <message>
            <source>Stage %1 of %2 · steps: %3</source>
            <translation>שלב %1 מתוך %2 · צעדים: %3</translation>
        </message>
    </context>
    <context>
        <name>StepForm</name>
        <message>
            <source>Name</source>
            <translation>שם</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>תיאור</translation>
        </message>
        <message>
            <source>The moment this column stands for</source>
            <translation>הרגע שהעמודה הזו מייצגת</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>צעד</translation>
        </message>
        <message>
            <source>In stage “%1”</source>
            <translation>בשלב „%1”</translation>
        </message>
    </context>
    <context>
        <name>TemplateDialog</name>
        <message>
            <source>New from Template</source>
            <translation>חדש מתבנית</translation>
        </message>
        <message>
            <source>Start a new map from:</source>
            <translation>התחלת מפה חדשה מתוך:</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>מפה</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>תבנית</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>יצירה</translation>
        </message>
    </context>
    <context>
        <name>WindowActions</name>
        <message>
            <source>&amp;New from Template…</source>
            <translation>&amp;חדש מתבנית…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;פתח…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;שמור</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>שמור &amp;בשם…</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;ייצוא…</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;סגור</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;יציאה</translation>
        </message>
        <message>
            <source>Clear Recent Files</source>
            <translation>ניקוי רשימת הקבצים האחרונים</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>בטל</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>בצע שוב</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;גזור</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;העתק</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>ה&amp;דבק</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>&amp;שכפל</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;מחק</translation>
        </message>
        <message>
            <source>Select &amp;All</source>
            <translation>בחר &amp;הכל</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>&amp;הגדל</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>ה&amp;קטן</translation>
        </message>
        <message>
            <source>&amp;Fit Map</source>
            <translation>&amp;התאם לחלון</translation>
        </message>
        <message>
            <source>&amp;Actual Size</source>
            <translation>&amp;גודל מקורי</translation>
        </message>
        <message>
            <source>Add &amp;Stage</source>
            <translation>הוסף &amp;שלב</translation>
        </message>
        <message>
            <source>Add S&amp;tep</source>
            <translation>הוסף &amp;צעד</translation>
        </message>
        <message>
            <source>&amp;Personas…</source>
            <translation>&amp;פרסונות…</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>Could not open the map</source>
            <translation>לא ניתן לפתוח את המפה</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>משהו השתבש</translation>
        </message>
        <message>
            <source>Journeymap could not finish that action:
%1

Your map is still open. If in doubt, save it under a new name.</source>
            <translation>‏Journeymap לא הצליח להשלים את הפעולה:
%1

המפה שלכם עדיין פתוחה. אם יש ספק, שמרו אותה בשם חדש.</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>list the bundled templates</source>
            <translation>הצגת התבניות המצורפות</translation>
        </message>
        <message>
            <source>template name (default: blank)</source>
            <translation>שם התבנית (ברירת מחדל: blank)</translation>
        </message>
        <message>
            <source>the .journey file to write</source>
            <translation>קובץ ה־‎.journey לכתיבה</translation>
        </message>
        <message>
            <source>overwrite FILE if it exists</source>
            <translation>דריסת FILE אם הוא קיים</translation>
        </message>
        <message>
            <source>write a new map from a template</source>
            <translation>כתיבת מפה חדשה מתבנית</translation>
        </message>
        <message>
            <source>no template “%1”; choose one of: %2</source>
            <translation>אין תבנית „%1”; בחרו אחת מאלה: %2</translation>
        </message>
        <message>
            <source>%1 already exists; use --force to overwrite it</source>
            <translation>‏%1 כבר קיים; כדי לדרוס אותו הוסיפו ‎--force</translation>
        </message>
        <message>
            <source>wrote %1 from template %2</source>
            <translation>נכתב ‏%1 מהתבנית %2</translation>
        </message>
        <message>
            <source>a .journey file (or a PNG exported by Journeymap)</source>
            <translation>קובץ ‎.journey (או PNG שיוצא מ־Journeymap)</translation>
        </message>
        <message>
            <source>print the summary as one JSON object</source>
            <translation>הדפסת הסיכום כאובייקט JSON אחד</translation>
        </message>
        <message>
            <source>validate a map and summarise it</source>
            <translation>בדיקת תקינות של מפה וסיכומה</translation>
        </message>
        <message>
            <source>%1: a valid map, “%2”</source>
            <translation>‏%1: מפה תקינה, „%2”</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>אזהרה: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n stage(s)</source>
            <translation>
                <numerusform>שלב אחד</numerusform>
                <numerusform>%n שלבים</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n step(s)</source>
            <translation>
                <numerusform>צעד אחד</numerusform>
                <numerusform>%n צעדים</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lane(s)</source>
            <translation>
                <numerusform>נתיב אחד</numerusform>
                <numerusform>%n נתיבים</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>כרטיס אחד</numerusform>
                <numerusform>%n כרטיסים</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n connection(s)</source>
            <translation>
                <numerusform>חיבור אחד</numerusform>
                <numerusform>%n חיבורים</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n persona(s)</source>
            <translation>
                <numerusform>פרסונה אחת</numerusform>
                <numerusform>%n פרסונות</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Journeymap, a desktop editor for customer journey maps. With no command it opens the editor on FILE (or on the sample map).</source>
            <translation>‏Journeymap, עורך שולחני למפות מסע לקוח. בלי פקודה הוא פותח את העורך על FILE (או על מפת הדוגמה).</translation>
        </message>
        <message>
            <source>Open the Journeymap editor.</source>
            <translation>פתיחת העורך של Journeymap.</translation>
        </message>
        <message>
            <source>a .journey file to open</source>
            <translation>קובץ ‎.journey לפתיחה</translation>
        </message>
        <message>
            <source>interface language (default: the system's)</source>
            <translation>שפת הממשק (ברירת מחדל: שפת המערכת)</translation>
        </message>
        <message>
            <source>join a live session at this address</source>
            <translation>הצטרפות לסשן משותף בכתובת הזו</translation>
        </message>
        <message>
            <source>journeymap: --lang must be en or he, not “%1”</source>
            <translation>journeymap: ‏‎--lang צריך להיות en או he, לא „%1”</translation>
        </message>
        <message>
            <source>Opening the editor: journeymap [FILE] [--lang en|he] [--join ADDRESS]</source>
            <translation>פתיחת העורך: journeymap [FILE] [--lang en|he] [--join ADDRESS]</translation>
        </message>
        <message>
            <source>unexpected error: %1</source>
            <translation>שגיאה לא צפויה: %1</translation>
        </message>
        <message>
            <source>%1 must be a number, not “%2”</source>
            <translation>‏%1 צריך להיות מספר, לא „%2”</translation>
        </message>
        <message>
            <source>%1 must be between %2 and %3, not %4</source>
            <translation>‏%1 צריך להיות בין %2 ל־%3, לא %4</translation>
        </message>
        <message>
            <source>the file to write</source>
            <translation>הקובץ לכתיבה</translation>
        </message>
        <message>
            <source>what to write (default: from OUT's extension: %1)</source>
            <translation>מה לכתוב (ברירת מחדל: לפי הסיומת של OUT: %1)</translation>
        </message>
        <message>
            <source>the scale</source>
            <translation>קנה המידה</translation>
        </message>
        <message>
            <source>picture size as a multiple of the map (%1 to %2, default 1)</source>
            <translation>גודל התמונה ביחס למפה (%1 עד %2, ברירת מחדל 1)</translation>
        </message>
        <message>
            <source>the DPI</source>
            <translation>ה־DPI</translation>
        </message>
        <message>
            <source>picture resolution in dots per inch (%1 to %2)</source>
            <translation>רזולוציית התמונה בנקודות לאינץ׳ (%1 עד %2)</translation>
        </message>
        <message>
            <source>no background behind the map (pictures only)</source>
            <translation>ללא רקע מאחורי המפה (תמונות בלבד)</translation>
        </message>
        <message>
            <source>error: %1</source>
            <translation>שגיאה: %1</translation>
        </message>
        <message>
            <source>export a map as a picture or workbook (png, svg, pdf, xlsx)</source>
            <translation>ייצוא מפה כתמונה או כחוברת (png, svg, pdf, xlsx)</translation>
        </message>
        <message>
            <source>cannot tell which format to write from the name “%1”; end it in .png, .svg, .pdf or .xlsx, or give --format</source>
            <translation>אי אפשר לדעת איזו תבנית לכתוב מהשם „%1”; סיימו אותו ב־‎.png, ‎.svg, ‎.pdf או ‎.xlsx, או ציינו ‎--format</translation>
        </message>
        <message>
            <source>%1 applies to pictures (%2), not to %3</source>
            <translation>‏%1 חל על תמונות (%2), לא על %3</translation>
        </message>
        <message>
            <source>%1 is the map being exported; choose another name for the %2 file</source>
            <translation>‏%1 הוא המפה שמיוצאת; בחרו שם אחר לקובץ ה־%2</translation>
        </message>
        <message>
            <source>wrote %1 (%2)</source>
            <translation>נכתב ‏%1 (%2)</translation>
        </message>
        <message>
            <source>the .journey file to share (saved as it changes)</source>
            <translation>קובץ ה־‎.journey לשיתוף (נשמר עם כל שינוי)</translation>
        </message>
        <message>
            <source>the address to listen on (default 127.0.0.1: this computer only; 0.0.0.0: the network)</source>
            <translation>הכתובת להאזנה (ברירת המחדל 127.0.0.1: המחשב הזה בלבד; 0.0.0.0: הרשת כולה)</translation>
        </message>
        <message>
            <source>the port to listen on (default: any free port)</source>
            <translation>הפורט להאזנה (ברירת המחדל: פורט פנוי כלשהו)</translation>
        </message>
        <message>
            <source>not saved: %1</source>
            <translation>לא נשמר: %1</translation>
        </message>
        <message>
            <source>host a live session on a map without a window</source>
            <translation>אירוח סשן משותף על מפה, בלי חלון</translation>
        </message>
        <message>
            <source>--port must be between 0 and 65535, not %1</source>
            <translation>‏--port צריך להיות בין 0 ל־65535, לא %1</translation>
        </message>
        <message>
            <source>cannot listen on %1 port %2: %3</source>
            <translation>לא ניתן להאזין בכתובת %1 בפורט %2: %3</translation>
        </message>
        <message>
            <source>Sharing %1; Ctrl+C stops.</source>
            <translation>משתף את %1; ‏Ctrl+C עוצר.</translation>
        </message>
    </context>
    <context>
        <name>commands</name>
        <message numerus="yes">
            <source>Add %n card(s)</source>
            <translation>
                <numerusform>הוספת כרטיס</numerusform>
                <numerusform>הוספת %n כרטיסים</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n item(s)</source>
            <translation>
                <numerusform>מחיקת פריט</numerusform>
                <numerusform>מחיקת %n פריטים</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %n card(s)</source>
            <translation>
                <numerusform>העברת כרטיס</numerusform>
                <numerusform>העברת %n כרטיסים</numerusform>
            </translation>
        </message>
        <message>
            <source>Change %1</source>
            <translation>שינוי %1</translation>
        </message>
        <message>
            <source>card</source>
            <translation>כרטיס</translation>
        </message>
        <message>
            <source>connection</source>
            <translation>חיבור</translation>
        </message>
        <message>
            <source>stage</source>
            <translation>שלב</translation>
        </message>
        <message>
            <source>step</source>
            <translation>צעד</translation>
        </message>
        <message>
            <source>lane</source>
            <translation>נתיב</translation>
        </message>
        <message>
            <source>persona</source>
            <translation>פרסונה</translation>
        </message>
        <message>
            <source>map</source>
            <translation>מפה</translation>
        </message>
        <message>
            <source>Connect cards</source>
            <translation>חיבור כרטיסים</translation>
        </message>
        <message>
            <source>Add %1</source>
            <translation>הוספת %1</translation>
        </message>
        <message>
            <source>Delete %1</source>
            <translation>מחיקת %1</translation>
        </message>
        <message>
            <source>Move %1</source>
            <translation>העברת %1</translation>
        </message>
    </context>
    <context>
        <name>file_guard</name>
        <message>
            <source>Map already open</source>
            <translation>המפה כבר פתוחה</translation>
        </message>
        <message>
            <source>This map is open in another Journeymap (pid %1). Editing here may overwrite changes.</source>
            <translation>המפה הזו פתוחה ב־Journeymap אחר (תהליך %1). עריכה כאן עלולה לדרוס שינויים.</translation>
        </message>
        <message>
            <source>Open Anyway</source>
            <translation>פתח בכל זאת</translation>
        </message>
    </context>
    <context>
        <name>kinds</name>
        <message>
            <source>Channel</source>
            <translation>ערוץ</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>אתר אינטרנט</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>דוא״ל</translation>
        </message>
        <message>
            <source>Social media</source>
            <translation>רשתות חברתיות</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>שיחת טלפון</translation>
        </message>
        <message>
            <source>Chatbot</source>
            <translation>צ׳אטבוט</translation>
        </message>
        <message>
            <source>Store / branch</source>
            <translation>חנות / סניף</translation>
        </message>
        <message>
            <source>Mobile app</source>
            <translation>אפליקציה</translation>
        </message>
        <message>
            <source>Paid ads</source>
            <translation>פרסום ממומן</translation>
        </message>
        <message>
            <source>Loyalty programme</source>
            <translation>מועדון לקוחות</translation>
        </message>
        <message>
            <source>Other channel</source>
            <translation>ערוץ אחר</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>פעולות</translation>
        </message>
        <message>
            <source>Motivations</source>
            <translation>מוטיבציות</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>שאלות</translation>
        </message>
        <message>
            <source>Friction</source>
            <translation>נקודת חיכוך</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>הזדמנויות</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>הערות</translation>
        </message>
        <message>
            <source>Emotion</source>
            <translation>רגש</translation>
        </message>
        <message>
            <source>Touchpoint</source>
            <translation>נקודת מגע</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>פעולה</translation>
        </message>
        <message>
            <source>Motivation</source>
            <translation>מוטיבציה</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>שאלה</translation>
        </message>
        <message>
            <source>Opportunity</source>
            <translation>הזדמנות</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>הערה</translation>
        </message>
        <message>
            <source>−2  very negative</source>
            <translation>‎−2  שלילי מאוד</translation>
        </message>
        <message>
            <source>−1  negative</source>
            <translation>‎−1  שלילי</translation>
        </message>
        <message>
            <source>0  neutral</source>
            <translation>0  ניטרלי</translation>
        </message>
        <message>
            <source>+1  positive</source>
            <translation>‎+1  חיובי</translation>
        </message>
        <message>
            <source>+2  very positive</source>
            <translation>‎+2  חיובי מאוד</translation>
        </message>
    </context>
    <context>
        <name>live</name>
        <message>
            <source>%1 is editing</source>
            <translation>בעריכה: %1</translation>
        </message>
        <message>
            <source>“%1” is not a session address: %2</source>
            <translation>“%1” אינה כתובת של סשן: %2</translation>
        </message>
        <message>
            <source>“%1” is not a session address: it should start with journeymap:// or ws://</source>
            <translation>“%1” אינה כתובת של סשן: כתובת כזו מתחילה ב־journeymap://‎ או ב־ws://‎</translation>
        </message>
        <message>
            <source>“%1” names no computer and port (expected journeymap://HOST:PORT/ROOM?token=…)</source>
            <translation>ב־“%1” חסרים מחשב ופורט (הצורה המלאה: journeymap://HOST:PORT/ROOM?token=…‎)</translation>
        </message>
        <message>
            <source>“%1” names no session after the port</source>
            <translation>ב־“%1” חסר שם הסשן שאחרי הפורט</translation>
        </message>
        <message>
            <source>“%1” carries no valid token (the part after ?token=); copy the whole address</source>
            <translation>ב־“%1” אין אסימון תקין (החלק שאחרי ?token=‎); העתיקו את הכתובת כולה</translation>
        </message>
        <message>
            <source>Someone else changed the same part of the map since; their change is kept.</source>
            <translation>מישהו אחר שינה מאז את אותו חלק של המפה; השינוי שלו נשאר.</translation>
        </message>
        <message>
            <source>the shared map</source>
            <translation>המפה המשותפת</translation>
        </message>
        <message>
            <source>A change from the session could not be read: %1</source>
            <translation>לא ניתן היה לקרוא שינוי שהגיע מהסשן: %1</translation>
        </message>
        <message>
            <source>The address leads to a session that holds no journey map.</source>
            <translation>הכתובת מובילה לסשן שאין בו מפת מסע לקוח.</translation>
        </message>
        <message>
            <source>A change from the session was not applied: %1</source>
            <translation>שינוי שהגיע מהסשן לא הוחל: %1</translation>
        </message>
        <message>
            <source>The host refused to let you join (%1): check the address and its token.</source>
            <translation>המארח לא אישר את ההצטרפות (%1): בדקו את הכתובת ואת האסימון שבה.</translation>
        </message>
        <message>
            <source>The host has ended or restarted the session. Your version of the map stays in this window; save it as a copy to keep it.</source>
            <translation>המארח סיים את הסשן או הפעיל אותו מחדש. הגרסה שלך של המפה נשארת בחלון הזה; כדי לשמור עליה, שמרו אותה כעותק.</translation>
        </message>
        <message>
            <source>Could not reach the host at %1 (%2). Check the address and the network.</source>
            <translation>לא ניתן להגיע למארח בכתובת %1 (%2). בדקו את הכתובת ואת החיבור לרשת.</translation>
        </message>
        <message>
            <source>Someone</source>
            <translation>מישהו</translation>
        </message>
    </context>
    <context>
        <name>menus</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;קובץ</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>קבצים &amp;אחרונים</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;עריכה</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;תצוגה</translation>
        </message>
        <message>
            <source>&amp;Map</source>
            <translation>&amp;מפה</translation>
        </message>
        <message>
            <source>Add &amp;Lane</source>
            <translation>הוסף &amp;נתיב</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>סרגל כלים ראשי</translation>
        </message>
    </context>
    <context>
        <name>preferences</name>
        <message>
            <source>Pre&amp;ferences…</source>
            <translation>ה&amp;עדפות…</translation>
        </message>
    </context>
    <context>
        <name>recovery</name>
        <message>
            <source>Could not restore the map</source>
            <translation>לא ניתן לשחזר את המפה</translation>
        </message>
        <message>
            <source>Restored %1: not saved yet</source>
            <translation>שוחזר ‏%1: עדיין לא נשמר</translation>
        </message>
    </context>
</TS>
