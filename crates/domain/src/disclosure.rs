//! Small groups stay hidden: results of fewer than five people are shown as "< 5",
//! free text included, and no shown figure lets a hidden one be worked out by
//! subtraction (a total minus the groups shown beside it).

/// The fewest people whose answers or figures are shown as a group.
pub const FEWEST: usize = 5;

/// Whether a group of `n` people may be shown on its own.
pub fn shows(n: usize) -> bool {
    n >= FEWEST
}

/// Which of the groups beside a shown total must be hidden: every group of one to
/// four people, and then, while the hidden groups together hold one to four people
/// (so the total minus the shown groups would reveal them), the smallest shown group
/// too. A group of nobody reveals nothing and stays shown. When the total itself is
/// under five, everything is hidden.
pub fn hidden_groups(counts: &[usize]) -> Vec<bool> {
    let total: usize = counts.iter().sum();
    if !shows(total) {
        return counts.iter().map(|n| *n > 0).collect();
    }
    let mut hidden: Vec<bool> = counts.iter().map(|n| *n > 0 && !shows(*n)).collect();
    loop {
        let hidden_sum: usize = counts
            .iter()
            .zip(&hidden)
            .filter(|(_, h)| **h)
            .map(|(n, _)| *n)
            .sum();
        if hidden_sum == 0 || shows(hidden_sum) {
            return hidden;
        }
        let smallest = counts
            .iter()
            .enumerate()
            .filter(|(i, n)| !hidden[*i] && **n > 0)
            .min_by_key(|(i, n)| (**n, *i))
            .map(|(i, _)| i);
        match smallest {
            Some(i) => hidden[i] = true,
            None => return hidden,
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn a_group_of_four_is_hidden_and_so_is_the_group_that_would_reveal_it() {
        assert_eq!(hidden_groups(&[12, 4, 9]), vec![false, true, true]);
        assert_eq!(hidden_groups(&[12, 7, 9]), vec![false, false, false]);
        // Two small groups together make five: the rest may show.
        assert_eq!(hidden_groups(&[12, 2, 3]), vec![false, true, true]);
        assert_eq!(hidden_groups(&[6, 0, 5]), vec![false, false, false]);
    }

    #[test]
    fn under_five_in_all_hides_everything() {
        assert_eq!(hidden_groups(&[3, 1]), vec![true, true]);
        assert!(!shows(4));
        assert!(shows(5));
    }

    proptest! {
        /// Whatever the groups, the people in hidden groups are none or at least five,
        /// so the total minus the shown groups never reveals fewer than five.
        #[test]
        fn subtraction_never_reveals_a_small_group(counts in proptest::collection::vec(0usize..12, 1..8)) {
            let hidden = hidden_groups(&counts);
            let total: usize = counts.iter().sum();
            for (n, h) in counts.iter().zip(&hidden) {
                if *n > 0 && *n < FEWEST {
                    prop_assert!(*h);
                }
            }
            if shows(total) {
                let hidden_sum: usize = counts.iter().zip(&hidden).filter(|(_, h)| **h).map(|(n, _)| *n).sum();
                prop_assert!(hidden_sum == 0 || hidden_sum >= FEWEST);
            }
        }
    }
}
