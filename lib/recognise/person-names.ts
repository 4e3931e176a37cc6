import { foldWord } from '../text/fold';

// Given names that, written just before a name of the knowledge base, make it a family name ("Hassan al-Obeidi"
// is a man, not the town of Ubaydi; "Ahmed al-Raqqawi" is not Raqqa).
const GIVEN_NAMES =
  `Mohammed Muhammad Mohamed Mohammad Ahmed Ahmad Ali Hassan Hasan Hussein Husain Hussain Omar Umar Khaled
Khalid Mahmoud Mahmud Mustafa Moustafa Abdullah Abdallah Ibrahim Youssef Yusuf Youssouf Said Saeed Samir Karim Fadel Fadil
Hadi Qais Qays Haidar Haider Jamal Nabil Walid Ziad Bashar Hafez Maher Rami Salah Salim Selim Tariq Tarek Yasser Yasir
Ayman Adnan Faisal Faysal Hamza Issa Jaber Majid Mazen Nasser Nasir Osama Oussama Raed Riad Riyad Sami Talal Wael Zaid
Zeid Amir Anas Bassam Fares Firas Ghassan Hisham Imad Kamal Louay Marwan Mounir Munir Nizar Rafik Tamer Yahya Abdel
Abdul Abd Saad Saleh Salih Suleiman Sulaiman Soleimane Qassem Qasim Kassem Jihad Fouad Fuad Hamid Hamed Rashid Rachid
Khalil Mansour Mansur Nouri Nuri Hadi Haitham Hatem Hazem Ismail Jalal Jamil Kareem Laith Leith Loay Moayad Muayad Nawaf
Raad Rasoul Rasool Sabah Sadiq Sadeq Shaker Tahsin Wissam Yaser Zuhair Fatima Fatma Maryam Mariam Zeinab Zainab Aisha`
    .split(/\s+/)
    .map(foldWord);

const GIVEN = new Set(GIVEN_NAMES);

export function isGivenName(word: string): boolean {
  return /^\p{Lu}/u.test(word) && GIVEN.has(foldWord(word));
}

/** The same test on a word already folded and known to be capitalised. */
export function isFoldedGivenName(folded: string): boolean {
  return GIVEN.has(folded);
}
